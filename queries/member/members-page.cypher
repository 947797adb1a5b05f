// A page of the member ledger in id order after $filter.after, up to $fetch, and how many match over all pages
// (only when $filter.counted, since it reads every member unless member/kept-count can count them: 0 otherwise): a
// representative or not, in the ledger on $filter.asOf, by name ($filter.fulltext through the full-text index, or
// the start of $filter.name), and by category, tier, town, village and unit: those in force on $filter.asOf, read
// back from the history by member/values-on (the rule the work report counts by), or today's without an asOf. The
// rows show the values they were filtered by. This statement walks the member_id index in order, for a filter
// with neither a name nor a town: a town's page starts from the town (members-page-in-town), a name's from its
// indexes (members-page-named, members-page-named-plain), a name of one character from either, by how many it names
// (members-page-initial). A user bound to towns sees the members of their towns today, whatever the day asked. The
// filter comes as one map, whatever it holds: Neo4j keys its plans by the parameters' types, and a null is another
// type than a string, so one parameter per filter gave every combination of filters a plan of its own, each costly
// to make.
CALL () {
  WITH $filter.name AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
// The count is either kept (member/kept-count) or read here, never both: the one flag decides.
WITH named, coalesce($filter.kept, false) AND $userTowns IS NULL AS countKept
CALL (named, countKept) {
  WITH named, $filter.counted AND NOT countKept AS counted
  WHERE counted
  MATCH (m:Member)
  WHERE ($filter.name IS NULL OR m.name STARTS WITH $filter.name
         OR m IN named)
  // include: member/matching-filter
  RETURN count(m) AS counted
}
// include: member/kept-count
CALL (named) {
  MATCH (m:Member)
  WHERE m.id > coalesce($filter.after, '')
    AND ($filter.name IS NULL OR m.name STARTS WITH $filter.name
         OR m IN named)
  // include: member/matching-filter
  // include: member/page-rows
}
RETURN {totalCount: counted + kept, page: page} AS members

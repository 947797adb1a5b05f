// A page of the member ledger for a name of one character ($filter.name) and no town, as member/members-page answers
// it (the same filter, rows and count, with the same fragments). The members whose name starts with a character are
// many for a common surname (王: one in a hundred) and few for a rare one, and the name tallies (V0026) say how many:
// when many, the page walks the member_id index in order and checks each name (about $fetch × everyone ÷ many
// members read); when few, it starts from the name's range index and sorts them (each one read); whichever reads
// fewer (walked: many² > $fetch × everyone). The full-text index adds the few names in which the character stands
// alone ($filter.fulltext: 阿依古丽·王). The count is the tallies' when it is kept ($filter.kept: a category and a
// tier at most), with those few; otherwise it reads every match.
CALL () {
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL () {
  OPTIONAL MATCH (t:MemberNameTally {initial: $filter.name})
  // the tallies' key (initial, category, tier) is their index
  WHERE t.category IS NOT NULL AND t.tier IS NOT NULL
  RETURN coalesce(sum(t.members), 0) AS starting,
         coalesce(sum(CASE WHEN ($filter.category IS NULL OR t.category = $filter.category)
                            AND ($filter.tier IS NULL OR t.tier = $filter.tier) THEN t.members END), 0) AS tallied
}
// Neo4j's count: it costs nothing
CALL () {
  MATCH (m:Member)
  RETURN count(m) AS everyone
}
WITH named, tallied, starting * starting > $fetch * everyone AS walked,
     coalesce($filter.kept, false) AND $userTowns IS NULL AS countKept
CALL (named, countKept) {
  WITH named, countKept
  WHERE $filter.counted
  CALL (named, countKept) {
    WITH named
    WHERE NOT countKept
    CALL (named) {
      // include: member/named
    }
    RETURN m
    UNION ALL
    WITH named
    WHERE countKept
    UNWIND named AS m
    WITH m
    WHERE NOT m.name STARTS WITH $filter.name
    RETURN m
  }
  // include: member/matching-filter
  RETURN count(m) AS counted
}
CALL (named, walked) {
  CALL (named, walked) {
    MATCH (m:Member)
    // walked is a bound of the seek (none, null, when not walked): as a WHERE of its own the planner checks it after
    // the seek, on every member
    WHERE m.id > coalesce($filter.after, '') AND m.id >= CASE WHEN walked THEN '' END
      AND (m.name STARTS WITH $filter.name OR m IN named)
    // include: member/matching-filter
    // include: member/page-rows
  }
  RETURN page AS walkedPage
}
CALL (named, walked) {
  CALL (named, walked) {
    WITH named
    WHERE NOT walked
    CALL (named) {
      // include: member/named
    }
    WITH m
    WHERE m.id > coalesce($filter.after, '')
    // include: member/matching-filter
    // include: member/page-rows
  }
  RETURN page AS sortedPage
}
RETURN {totalCount: counted + CASE WHEN countKept AND $filter.counted THEN tallied ELSE 0 END,
        page: CASE WHEN walked THEN walkedPage ELSE sortedPage END} AS members

// A page of the member ledger for a filter with a town ($filter.townCode), or for a user bound to towns
// ($userTowns), with no name or a name of one character ($filter.name: those whose name starts with it, or whose
// name the full-text index finds for it, $filter.fulltext), as member/members-page answers it (the same filter,
// rows and count, with the same fragments), but starting from the town: the members in it today, and, on a past
// day, those who have left it since (their history's TOWN changes by the value they replaced, the
// member_change_before index); or from the user's towns. A town's members are a few hundred, sorted by id here,
// where the walk of the member_id index would read the whole country to find them, and a surname's whole country.
CALL () {
  WITH $filter.name AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL (named) {
  WITH named, $filter.counted AS counted
  WHERE counted
  CALL () {
    // include: member/in-town
  }
  WITH m, named
  WHERE $filter.name IS NULL OR m.name STARTS WITH $filter.name OR m IN named
  // include: member/matching-filter
  RETURN count(m) AS totalCount
}
CALL (named) {
  CALL () {
    // include: member/in-town
  }
  WITH m, named
  WHERE m.id > coalesce($filter.after, '')
    AND ($filter.name IS NULL OR m.name STARTS WITH $filter.name OR m IN named)
  // include: member/matching-filter
  // include: member/page-rows
}
RETURN {totalCount: totalCount, page: page} AS members

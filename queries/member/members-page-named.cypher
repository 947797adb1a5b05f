// A page of the member ledger for a filter with a name ($filter.name), as member/members-page answers it (the
// same filter, rows and count, with the same fragments), but starting from the name's indexes: the full-text
// index's members for two characters or more ($filter.fulltext), the member_name range index for the name's
// start. Those are few; they are sorted by id here.
CALL () {
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL (named) {
  WITH named, $filter.counted AS counted
  WHERE counted
  CALL (named) {
    // include: member/named
  }
  // include: member/matching-filter
  RETURN count(m) AS totalCount
}
CALL (named) {
  CALL (named) {
    // include: member/named
  }
  WITH m
  WHERE m.id > coalesce($filter.after, '')
  // include: member/matching-filter
  // include: member/page-rows
}
RETURN {totalCount: totalCount, page: page} AS members

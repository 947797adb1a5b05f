// A page of the member ledger for a name ($filter.name, two characters or more) with a category and a tier at most,
// no day, place or representative, for a user who sees every town: member/members-page-named's answer, with its
// rows, but each match asked only its own category and tier (today's: with no day, member/matching-filter reads no
// history and every other condition holds), and the matches found once for the count and the page: those whose name
// starts with the name (the member_name index), and those the full-text index finds for it ($filter.fulltext)
// whose name does not.
CALL () {
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL (named) {
  CALL (named) {
    MATCH (m:Member)
    WHERE m.name STARTS WITH $filter.name
    RETURN m
    UNION ALL
    UNWIND named AS m
    WITH m
    WHERE NOT m.name STARTS WITH $filter.name
    RETURN m
  }
  WITH m
  WHERE ($filter.category IS NULL OR m.category = $filter.category) AND ($filter.tier IS NULL OR m.tier = $filter.tier)
  RETURN collect(m) AS matching
}
CALL (matching) {
  UNWIND matching AS m
  WITH m, null AS was
  WHERE m.id > coalesce($filter.after, '')
  // include: member/page-rows
}
RETURN {totalCount: CASE WHEN $filter.counted THEN size(matching) ELSE 0 END, page: page} AS members

// A page of the member ledger for a filter with a town ($filter.townCode) and no name, or for a user bound to towns
// ($userTowns), as member/members-page answers it (the same filter, rows and count, with the same fragments), but
// starting from the town: the members in it today, and, on a past day, those who have left it since (their
// history's TOWN changes by the value they replaced, the member_change_before index); or from the user's towns.
// A town's members are a few hundred, sorted by id here, where the walk of the member_id index would read the whole
// country to find them.
CALL () {
  WITH $filter.counted AS counted
  WHERE counted
  CALL () {
    // include: member/in-town
  }
  // include: member/matching-filter
  RETURN count(m) AS totalCount
}
CALL () {
  CALL () {
    // include: member/in-town
  }
  WITH m
  WHERE m.id > coalesce($filter.after, '')
  // include: member/matching-filter
  // include: member/page-rows
}
RETURN {totalCount: totalCount, page: page} AS members

// A page of the problem board after the position ($filter.afterRank, $filter.afterRaisedOn, $filter.afterId), up
// to $fetch, and how many match over all pages: overdue ones first, then by the day raised, then by id. The filter
// comes as one map, whatever it holds, so that every combination of filters shares one plan (see
// member/members-page).
CALL () {
  // include: problem/problems-matching
  RETURN count(p) AS totalCount
}
CALL () {
  // include: problem/problems-matching
  WITH p, e, t, state, overdue, rank
  WHERE $filter.afterId IS NULL
     OR rank > $filter.afterRank
     OR (rank = $filter.afterRank AND (p.raisedOn > $filter.afterRaisedOn
                                       OR (p.raisedOn = $filter.afterRaisedOn AND p.id > $filter.afterId)))
  WITH p, e, t, state, overdue, rank
  ORDER BY rank, p.raisedOn, p.id
  LIMIT $fetch
  RETURN collect(p {.id, creditCode: e.creditCode, townCode: t.code, .raisedOn, .category, .title, .leadCode,
                    .assignedOn, .dueOn, .resolvedOn, .satisfaction, .note, state: state, overdue: overdue}) AS page
}
RETURN {totalCount: totalCount, page: page} AS problems

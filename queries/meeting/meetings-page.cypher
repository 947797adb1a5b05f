// A page of the meetings from $filter.from to $filter.to (both included, either may be null), of $filter.body or
// both, by day then body, after the position ($filter.afterDate, $filter.afterBody), up to $fetch, and how many match
// over all pages. Meetings are the district's: no town scope. The filter comes as one map (see member/members-page).
CALL () {
  MATCH (m:Meeting)
  WHERE ($filter.from IS NULL OR m.date >= $filter.from)
    AND ($filter.to IS NULL OR m.date <= $filter.to)
    AND ($filter.body IS NULL OR m.body = $filter.body)
  RETURN count(m) AS totalCount
}
CALL () {
  MATCH (m:Meeting)
  WHERE ($filter.from IS NULL OR m.date >= $filter.from)
    AND ($filter.to IS NULL OR m.date <= $filter.to)
    AND ($filter.body IS NULL OR m.body = $filter.body)
    AND ($filter.afterDate IS NULL OR m.date > $filter.afterDate
         OR (m.date = $filter.afterDate AND m.body > $filter.afterBody))
  WITH m
  ORDER BY m.date, m.body
  LIMIT $fetch
  RETURN collect(m {.date, .body, .topic}) AS page
}
RETURN {totalCount: totalCount, page: page} AS meetings

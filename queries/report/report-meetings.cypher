// The meetings the work report counts (report/work-report): from $from to $to, the district's, so none in a town's
// share ($townCode) nor for a user bound to towns; by day then body, at most $fetch, and how many over all.
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  // include: report/counted-meetings
  RETURN count(m) AS total
}
CALL (towns) {
  // include: report/counted-meetings
  WITH m
  ORDER BY m.date, m.body
  LIMIT $fetch
  RETURN collect({date: m.date, body: m.body, topic: m.topic}) AS rows
}
RETURN {total: total, rows: rows} AS list

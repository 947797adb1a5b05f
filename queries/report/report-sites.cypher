// The sites the work report counts in sitesByKind (report/work-report): established by $to, of the town $townCode
// or the district, in the user's towns; by id, at most $fetch, and how many there are over all.
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  // include: report/counted-sites
  RETURN count(s) AS total
}
CALL (towns) {
  // include: report/counted-sites
  WITH s
  ORDER BY s.id
  LIMIT $fetch
  OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (s)-[:IN_VILLAGE]->(v:Village)
  WITH s, t, v
  ORDER BY s.id
  RETURN collect({id: s.id, name: s.name, kind: s.kind, level: s.level, town: t.name, village: v.name,
                  establishedOn: s.establishedOn}) AS rows
}
RETURN {total: total, rows: rows} AS list

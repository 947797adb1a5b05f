// The problems the work report counts (report/work-report): raised or resolved from $from to $to, of the
// enterprises of the town $townCode or the district, in the user's towns; by the day raised then id, at most
// $fetch, and how many there are over all.
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  // include: report/counted-problems
  RETURN count(p) AS total
}
CALL (towns) {
  // include: report/counted-problems
  WITH p
  ORDER BY p.raisedOn, p.id
  LIMIT $fetch
  OPTIONAL MATCH (p)-[:CONCERNS]->(e:Enterprise)
  OPTIONAL MATCH (e)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (leadUnit:Unit {code: p.leadCode})
  OPTIONAL MATCH (leadTown:Town {code: p.leadCode})
  WITH p, e, t, coalesce(leadUnit.name, leadTown.name, p.leadCode) AS lead
  ORDER BY p.raisedOn, p.id
  RETURN collect({id: p.id, enterprise: e.name, town: t.name, raisedOn: p.raisedOn, category: p.category,
                  title: p.title, lead: lead, assignedOn: p.assignedOn, dueOn: p.dueOn,
                  resolvedOn: p.resolvedOn}) AS rows
}
RETURN {total: total, rows: rows} AS list

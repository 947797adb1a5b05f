// The duty holders the work report counts (report/work-report): towns and units with a duty in $to's year, of the
// town $townCode or the district, in the user's towns (a unit for its town), each with its score as dutyRanking
// rates it (duty/duty-ranking: the latest checks' scores over the weights of the year's items) and the reminders
// and rectifications outstanding; towns before units, by code, at most $fetch, and how many there are over all.
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  // include: report/counted-duties
  RETURN count(DISTINCT d.holderCode) AS total
}
CALL (towns) {
  // include: report/counted-duties
  WITH DISTINCT d.holderCode AS code
  OPTIONAL MATCH (town:Town {code: code})
  OPTIONAL MATCH (unit:Unit {code: code})
  OPTIONAL MATCH (unit)-[:IN_TOWN]->(unitTown:Town)
  WITH code, town, unit, unitTown, CASE WHEN town IS NOT NULL THEN 0 ELSE 1 END AS holderOrder
  ORDER BY holderOrder, code
  LIMIT $fetch
  CALL (code) {
    MATCH (d:Duty {holderCode: code, year: $to.year})
    CALL (d) {
      OPTIONAL MATCH (c:DutyCheck)-[:CHECKS]->(d)
      WITH c
      ORDER BY c.checkedOn DESC
      LIMIT 1
      RETURN c.score AS score, c.action AS action
    }
    RETURN count(d) AS items, sum(d.weight) AS weight, sum(score) AS score,
           count(CASE WHEN action = 'REMINDER' THEN d END) AS reminders,
           count(CASE WHEN action = 'RECTIFICATION' THEN d END) AS rectifications
  }
  WITH code, town, unit, unitTown, holderOrder, items, weight, score, reminders, rectifications
  ORDER BY holderOrder, code
  RETURN collect({kind: CASE WHEN town IS NOT NULL THEN 'TOWN' ELSE 'UNIT' END, code: code,
                  name: coalesce(town.name, unit.name, code), town: coalesce(town.name, unitTown.name),
                  items: items, weight: weight, score: score, reminders: reminders,
                  rectifications: rectifications}) AS rows
}
RETURN {total: total, rows: rows} AS list

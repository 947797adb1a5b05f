// A duty by id, when its holder is the user's (a town among $userTowns; a unit's for the whole district only),
// with its latest check.
MATCH (d:Duty {id: $id})
WHERE $userTowns IS NULL OR d.holderCode IN $userTowns
CALL (d) {
  OPTIONAL MATCH (c:DutyCheck)-[:CHECKS]->(d)
  WITH c
  ORDER BY c.checkedOn DESC
  LIMIT 1
  RETURN c {.dutyId, .checkedOn, .result, .score, .action, .note} AS latest
}
RETURN d {.id, .holderCode, .kind, .title, .year, .dueOn, .weight, latestCheck: latest} AS duty

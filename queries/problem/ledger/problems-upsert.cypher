// Answers, per row, whether it created the problem and what it replaced, read under the problem's lock; its
// enterprise and lead ties follow the row (a blank lead_code removes the lead).
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.creditCode})-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (p:Problem {id: row.id})
  ON CREATE SET p.upsertCreated = true
  ON MATCH SET p.upsertCreated = false
WITH row, e, p, p.upsertCreated AS created
REMOVE p.upsertCreated
WITH row, e, p, created,
     CASE WHEN created THEN null
          ELSE p {.id, creditCode: [(p)-[:CONCERNS]->(old:Enterprise) | old.creditCode][0], .raisedOn, .category,
                  .title, .leadCode, .assignedOn, .dueOn, .resolvedOn, .satisfaction, .note} END AS before
SET p.raisedOn = row.raisedOn,
    p.category = row.category,
    p.title = row.title,
    p.leadCode = row.leadCode,
    p.assignedOn = row.assignedOn,
    p.dueOn = row.dueOn,
    p.resolvedOn = row.resolvedOn,
    p.satisfaction = row.satisfaction,
    p.note = row.note
WITH row, e, p, created, before
CALL (p, e) {
  MATCH (p)-[old:CONCERNS]->(other)
  WHERE other <> e
  DELETE old
}
CALL (p, e) {
  MERGE (p)-[:CONCERNS]->(e)
}
CALL (p, row) {
  MATCH (p)-[old:LED_BY]->(lead)
  WHERE row.leadCode IS NULL OR lead.code <> row.leadCode
  DELETE old
}
CALL (p, row) {
  OPTIONAL MATCH (u:Unit {code: row.leadCode})
  OPTIONAL MATCH (t:Town {code: row.leadCode})
  WITH p, coalesce(u, t) AS lead
  WHERE lead IS NOT NULL
  MERGE (p)-[:LED_BY]->(lead)
}
RETURN [row.id] AS key, created, before

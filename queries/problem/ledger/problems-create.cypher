// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to problems-upsert.
// A problem CONCERNS its enterprise and is LED_BY its lead, a unit or a town, whose code it also keeps (leadCode):
// the reads go by that, which the bulk first load writes too.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.creditCode})-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (p:Problem {id: row.id})
  ON CREATE SET p.upsertCreated = true,
                p.raisedOn = row.raisedOn,
                p.category = row.category,
                p.title = row.title,
                p.leadCode = row.leadCode,
                p.assignedOn = row.assignedOn,
                p.dueOn = row.dueOn,
                p.resolvedOn = row.resolvedOn,
                p.satisfaction = row.satisfaction,
                p.note = row.note
WITH row, e, p
WHERE p.upsertCreated
REMOVE p.upsertCreated
CREATE (p)-[:CONCERNS]->(e)
WITH row, p
CALL (p, row) {
  OPTIONAL MATCH (u:Unit {code: row.leadCode})
  OPTIONAL MATCH (t:Town {code: row.leadCode})
  WITH p, coalesce(u, t) AS lead
  WHERE lead IS NOT NULL
  CREATE (p)-[:LED_BY]->(lead)
}
RETURN [row.id] AS key

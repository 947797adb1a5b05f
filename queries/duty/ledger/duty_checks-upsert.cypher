// A check is a node on its duty: (c:DutyCheck)-[:CHECKS]->(d:Duty), known by the duty and the day. The import
// has checked that the duty exists and is the user's. Answers, per row, whether it created the check and what it
// replaced, read under the check's lock.
UNWIND $rows AS row
MATCH (d:Duty {id: row.dutyId})
WHERE $userTowns IS NULL OR d.holderCode IN $userTowns
MERGE (c:DutyCheck {dutyId: row.dutyId, checkedOn: row.checkedOn})
  ON CREATE SET c.upsertCreated = true
  ON MATCH SET c.upsertCreated = false
WITH row, d, c, c.upsertCreated AS created
REMOVE c.upsertCreated
WITH row, d, c, created,
     CASE WHEN created THEN null ELSE c {.dutyId, .checkedOn, .result, .score, .action, .note} END AS before
MERGE (c)-[:CHECKS]->(d)
SET c.result = row.result,
    c.score = row.score,
    c.action = row.action,
    c.note = row.note
RETURN [row.dutyId, row.checkedOn] AS key, created, before

// Answers, per row, whether it created the duty and what it replaced, read under its lock; its HELD_BY tie follows
// the holder's code (a town or a unit).
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.holderCode IN $userTowns
MERGE (d:Duty {id: row.id})
  ON CREATE SET d.upsertCreated = true
  ON MATCH SET d.upsertCreated = false
WITH row, d, d.upsertCreated AS created
REMOVE d.upsertCreated
WITH row, d, created,
     CASE WHEN created THEN null ELSE d {.id, .holderCode, .kind, .title, .year, .dueOn, .weight} END AS before
SET d.holderCode = row.holderCode,
    d.kind = row.kind,
    d.title = row.title,
    d.year = row.year,
    d.dueOn = row.dueOn,
    d.weight = row.weight
WITH d, row, created, before
CALL (d, row) {
  MATCH (d)-[old:HELD_BY]->(h)
  WHERE h.code <> row.holderCode
  DELETE old
}
CALL (d, row) {
  MATCH (t:Town {code: row.holderCode})
  MERGE (d)-[:HELD_BY]->(t)
}
CALL (d, row) {
  MATCH (u:Unit {code: row.holderCode})
  MERGE (d)-[:HELD_BY]->(u)
}
RETURN [row.id] AS key, created, before

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to duties-upsert. The
// duty keeps its holder's code (its lists are read by it) and is tied to the holder, a town or a unit.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.holderCode IN $userTowns
MERGE (d:Duty {id: row.id})
  ON CREATE SET d.upsertCreated = true,
                d.holderCode = row.holderCode,
                d.kind = row.kind,
                d.title = row.title,
                d.year = row.year,
                d.dueOn = row.dueOn,
                d.weight = row.weight
WITH row, d
WHERE d.upsertCreated
REMOVE d.upsertCreated
WITH row, d
CALL (d, row) {
  MATCH (t:Town {code: row.holderCode})
  CREATE (d)-[:HELD_BY]->(t)
}
CALL (d, row) {
  MATCH (u:Unit {code: row.holderCode})
  CREATE (d)-[:HELD_BY]->(u)
}
RETURN [row.id] AS key

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to units-upsert.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (u:Unit {code: row.code})
  ON CREATE SET u.upsertCreated = true,
                u.name = row.name,
                u.domain = row.domain
WITH row, u
WHERE u.upsertCreated
REMOVE u.upsertCreated
WITH row, u
CALL (u, row) {
  MATCH (t:Town {code: row.townCode})
  CREATE (u)-[:IN_TOWN]->(t)
}
CALL (u, row) {
  MATCH (e:Enterprise {creditCode: row.creditCode})
  CREATE (u)-[:IS_ENTERPRISE]->(e)
}
RETURN [row.code] AS key

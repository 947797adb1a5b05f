// Answers, per row, whether it created the unit and what it replaced, read under the unit's lock; its town and
// enterprise ties follow the row (a blank cell removes one).
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (u:Unit {code: row.code})
  ON CREATE SET u.upsertCreated = true
  ON MATCH SET u.upsertCreated = false
WITH row, u, u.upsertCreated AS created
REMOVE u.upsertCreated
WITH row, u, created,
     CASE WHEN created THEN null
          ELSE u {.code, .name, .domain, townCode: [(u)-[:IN_TOWN]->(old:Town) | old.code][0],
                  creditCode: [(u)-[:IS_ENTERPRISE]->(old:Enterprise) | old.creditCode][0]} END AS before
SET u.name = row.name,
    u.domain = row.domain
WITH u, row, created, before
CALL (u, row) {
  MATCH (u)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (u, row) {
  MATCH (u)-[old:IS_ENTERPRISE]->(e:Enterprise) WHERE e.creditCode <> row.creditCode OR row.creditCode IS NULL
  DELETE old
}
CALL (u, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (u)-[:IN_TOWN]->(t)
}
CALL (u, row) {
  MATCH (e:Enterprise {creditCode: row.creditCode})
  MERGE (u)-[:IS_ENTERPRISE]->(e)
}
RETURN [row.code] AS key, created, before

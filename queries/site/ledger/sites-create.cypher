// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to sites-upsert.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (s:Site {id: row.id})
  ON CREATE SET s.upsertCreated = true,
                s.name = row.name,
                s.kind = row.kind,
                s.level = row.level,
                s.domain = row.domain,
                s.establishedOn = row.establishedOn,
                s.standards = row.standards,
                s.rules = row.rules,
                s.latitude = row.latitude,
                s.longitude = row.longitude,
                s.location = CASE WHEN row.latitude IS NOT NULL
                                  THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, s
WHERE s.upsertCreated
REMOVE s.upsertCreated
WITH row, s
CALL (s, row) {
  MATCH (t:Town {code: row.townCode})
  CREATE (s)-[:IN_TOWN]->(t)
}
CALL (s, row) {
  MATCH (v:Village {code: row.villageCode})
  CREATE (s)-[:IN_VILLAGE]->(v)
}
CALL (s, row) {
  MATCH (e:Enterprise {creditCode: row.creditCode})
  CREATE (s)-[:AT_ENTERPRISE]->(e)
}
CALL (s, row) {
  MATCH (u:Unit {code: row.unitCode})
  CREATE (s)-[:OF_UNIT]->(u)
}
RETURN [row.id] AS key

// Answers, per row, whether it created the site and what it replaced, read under the site's lock; its town,
// village, enterprise and unit ties follow the row (a blank cell removes one).
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (s:Site {id: row.id})
  ON CREATE SET s.upsertCreated = true
  ON MATCH SET s.upsertCreated = false
WITH row, s, s.upsertCreated AS created
REMOVE s.upsertCreated
WITH row, s, created,
     CASE WHEN created THEN null
          ELSE s {.id, .name, .kind, .level, .domain, townCode: [(s)-[:IN_TOWN]->(old:Town) | old.code][0],
                  villageCode: [(s)-[:IN_VILLAGE]->(old:Village) | old.code][0],
                  creditCode: [(s)-[:AT_ENTERPRISE]->(old:Enterprise) | old.creditCode][0],
                  unitCode: [(s)-[:OF_UNIT]->(old:Unit) | old.code][0],
                  .establishedOn, .standards, .rules, .latitude, .longitude} END AS before
SET s.name = row.name,
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
WITH s, row, created, before
CALL (s, row) {
  MATCH (s)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (s, row) {
  MATCH (s)-[old:IN_VILLAGE]->(v:Village) WHERE v.code <> row.villageCode OR row.villageCode IS NULL
  DELETE old
}
CALL (s, row) {
  MATCH (s)-[old:AT_ENTERPRISE]->(e:Enterprise) WHERE e.creditCode <> row.creditCode OR row.creditCode IS NULL
  DELETE old
}
CALL (s, row) {
  MATCH (s)-[old:OF_UNIT]->(u:Unit) WHERE u.code <> row.unitCode OR row.unitCode IS NULL
  DELETE old
}
CALL (s, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (s)-[:IN_TOWN]->(t)
}
CALL (s, row) {
  MATCH (v:Village {code: row.villageCode})
  MERGE (s)-[:IN_VILLAGE]->(v)
}
CALL (s, row) {
  MATCH (e:Enterprise {creditCode: row.creditCode})
  MERGE (s)-[:AT_ENTERPRISE]->(e)
}
CALL (s, row) {
  MATCH (u:Unit {code: row.unitCode})
  MERGE (s)-[:OF_UNIT]->(u)
}
RETURN [row.id] AS key, created, before

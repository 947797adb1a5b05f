// Answers, per row, whether it created the member of staff and what it replaced, read under their lock; their
// town and village ties follow the row.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (s:Staff {id: row.id})
  ON CREATE SET s.upsertCreated = true
  ON MATCH SET s.upsertCreated = false
WITH row, s, s.upsertCreated AS created
REMOVE s.upsertCreated
WITH row, s, created,
     CASE WHEN created THEN null
          ELSE s {.id, .name, .post, townCode: [(s)-[:IN_TOWN]->(old:Town) | old.code][0],
                  villageCode: [(s)-[:IN_VILLAGE]->(old:Village) | old.code][0], .siteId, .fullTime, .since, .until,
                  .phone} END AS before
SET s.name = row.name,
    s.post = row.post,
    s.siteId = row.siteId,
    s.fullTime = row.fullTime,
    s.since = row.since,
    s.until = row.until,
    s.phone = row.phone
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
  MATCH (t:Town {code: row.townCode})
  MERGE (s)-[:IN_TOWN]->(t)
}
CALL (s, row) {
  MATCH (v:Village {code: row.villageCode})
  MERGE (s)-[:IN_VILLAGE]->(v)
}
RETURN [row.id] AS key, created, before

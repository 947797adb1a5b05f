// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to staff-upsert.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (s:Staff {id: row.id})
  ON CREATE SET s.upsertCreated = true,
                s.name = row.name,
                s.post = row.post,
                s.siteId = row.siteId,
                s.fullTime = row.fullTime,
                s.since = row.since,
                s.until = row.until,
                s.phone = row.phone
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
RETURN [row.id] AS key

// Answers, per row, whether it created the representative and what it replaced, read under their lock.
// The friendship network changes: a new revision tells every instance's cache of key connectors (the lock on
// the one revision node is taken first, before any row's).
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (r:Representative {id: row.id})
  ON CREATE SET r.upsertCreated = true
  ON MATCH SET r.upsertCreated = false
WITH row, r, r.upsertCreated AS created
REMOVE r.upsertCreated
WITH row, r, created,
     CASE WHEN created THEN null
          ELSE r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level,
                  enterpriseCreditCode: [(r)-[:RUNS]->(old:Enterprise) | old.creditCode][0],
                  townCode: [(r)-[:IN_TOWN]->(old:Town) | old.code][0], .phone} END AS before
SET r.name = row.name,
    r.gender = row.gender,
    r.birthYear = row.birthYear,
    r.ethnicity = row.ethnicity,
    r.category = row.category,
    r.level = row.level,
    r.phone = row.phone
WITH r, row, created, before
CALL (r, row) {
  MATCH (r)-[old:RUNS]->(e:Enterprise) WHERE e.creditCode <> row.enterpriseCreditCode OR row.enterpriseCreditCode IS NULL
  DELETE old
}
CALL (r, row) {
  MATCH (r)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (r, row) {
  MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
  MERGE (r)-[:RUNS]->(e)
}
CALL (r, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (r)-[:IN_TOWN]->(t)
}
RETURN [row.id] AS key, created, before

// District leaders may belong to no town; town and village leaders belong to one.
// Answers, per row, whether it created the leader and what it replaced, read under the leader's lock.
// The friendship network changes: a new revision tells every instance's cache of key connectors (the lock on
// the one revision node is taken first, before any row's).
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (l:Leader {id: row.id})
  ON CREATE SET l.upsertCreated = true
  ON MATCH SET l.upsertCreated = false
WITH row, l, l.upsertCreated AS created
REMOVE l.upsertCreated
WITH row, l, created,
     CASE WHEN created THEN null
          ELSE l {.id, .name, .gender, .role, .level, townCode: [(l)-[:IN_TOWN]->(old:Town) | old.code][0]} END
       AS before
SET l.name = row.name,
    l.gender = row.gender,
    l.role = row.role,
    l.level = row.level
WITH l, row, created, before
CALL (l, row) {
  MATCH (l)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (l, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (l)-[:IN_TOWN]->(t)
}
RETURN [row.id] AS key, created, before

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to leaders-upsert.
// The friendship network changes: a new revision, its lock taken first, as in leaders-upsert.
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (l:Leader {id: row.id})
  ON CREATE SET l.upsertCreated = true,
                l.name = row.name,
                l.gender = row.gender,
                l.role = row.role,
                l.level = row.level
WITH row, l
WHERE l.upsertCreated
REMOVE l.upsertCreated
WITH row, l
CALL (l, row) {
  MATCH (t:Town {code: row.townCode})
  CREATE (l)-[:IN_TOWN]->(t)
}
RETURN [row.id] AS key

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to
// representatives-upsert. The friendship network changes: a new revision, its lock taken first, as there.
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (r:Representative {id: row.id})
  ON CREATE SET r.upsertCreated = true,
                r.name = row.name,
                r.gender = row.gender,
                r.birthYear = row.birthYear,
                r.ethnicity = row.ethnicity,
                r.category = row.category,
                r.level = row.level,
                r.phone = row.phone
WITH row, r
WHERE r.upsertCreated
REMOVE r.upsertCreated
WITH row, r
CALL (r, row) {
  MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
  CREATE (r)-[:RUNS]->(e)
}
CALL (r, row) {
  MATCH (t:Town {code: row.townCode})
  CREATE (r)-[:IN_TOWN]->(t)
}
RETURN [row.id] AS key

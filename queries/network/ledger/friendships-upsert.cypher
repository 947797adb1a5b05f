// Answers, per row, whether it created the friendship and what it replaced, read under the friendship's lock.
// The friendship network changes: a new revision tells every instance's cache of key connectors (the lock on
// the one revision node is taken first, before any row's).
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId})
MATCH (r:Representative {id: row.representativeId})
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (l)-[f:BEFRIENDS]->(r)
  ON CREATE SET f.upsertCreated = true
  ON MATCH SET f.upsertCreated = false
WITH row, l, f, r, f.upsertCreated AS created
REMOVE f.upsertCreated
WITH row, l, f, r, created,
     CASE WHEN created THEN null
          ELSE {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.ledgerLastContact,
                until: f.until} END AS before
// A file without the last_contact or until column leaves them as they are.
SET f.since = row.since,
    f.ledgerLastContact = CASE WHEN 'lastContact' IN keys(row) THEN row.lastContact ELSE f.ledgerLastContact END,
    f.until = CASE WHEN 'until' IN keys(row) THEN row.until ELSE f.until END
WITH row, l, f, r, created, before
// lastContact: the newer of what the ledger states and the newest recorded contact.
CALL (l, f, r) {
  OPTIONAL MATCH (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r)
  WITH f, max(c.date) AS newestRecorded
  SET f.lastContact = CASE WHEN newestRecorded IS NULL OR f.ledgerLastContact > newestRecorded
                           THEN f.ledgerLastContact ELSE newestRecorded END
}
RETURN [row.leaderId, row.representativeId] AS key, created, before

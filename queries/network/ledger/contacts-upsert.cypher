// A contact is a node on the friendship's timeline: (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r). The import
// has checked that the friendship exists and that the date falls within it. Answers, per row, whether it created
// the contact and what it replaced, read under the contact's lock.
UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId})-[f:BEFRIENDS]->(r:Representative {id: row.representativeId})
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (c:Contact {leaderId: row.leaderId, representativeId: row.representativeId, date: row.date, kind: row.kind})
  ON CREATE SET c.upsertCreated = true
  ON MATCH SET c.upsertCreated = false
WITH row, l, f, r, c, c.upsertCreated AS created
REMOVE c.upsertCreated
WITH row, l, f, r, c, created,
     CASE WHEN created THEN null ELSE c {.leaderId, .representativeId, .date, .kind, .note} END AS before
MERGE (l)-[:MADE_CONTACT]->(c)
MERGE (c)-[:WITH]->(r)
SET c.note = row.note
// The friendships told apart by themselves, not as lists of their ends: DISTINCT over lists of entities was
// seen to take seconds for 1,000 rows.
WITH collect({key: [row.leaderId, row.representativeId, row.date, row.kind], created: created, before: before})
       AS written, collect(DISTINCT f) AS friendships
// lastContact follows the newest record, unless the friendships ledger states a newer one.
CALL (friendships) {
  UNWIND friendships AS f
  WITH startNode(f) AS l, f, endNode(f) AS r
  OPTIONAL MATCH (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r)
  WITH f, max(c.date) AS newestRecorded
  SET f.lastContact = CASE WHEN newestRecorded IS NULL OR f.ledgerLastContact > newestRecorded
                           THEN f.ledgerLastContact ELSE newestRecorded END
}
UNWIND written AS row
RETURN row.key AS key, row.created AS created, row.before AS before

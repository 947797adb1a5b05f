// A contact is a node on the friendship's timeline: (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r). The import
// has checked that the friendship exists and that the date falls within it.
UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId})-[f:BEFRIENDS]->(r:Representative {id: row.representativeId})
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (c:Contact {leaderId: row.leaderId, representativeId: row.representativeId, date: row.date, kind: row.kind})
MERGE (l)-[:MADE_CONTACT]->(c)
MERGE (c)-[:WITH]->(r)
SET c.note = row.note
WITH DISTINCT l, f, r
// lastContact follows the newest record, unless the friendships ledger states a newer one.
CALL (l, f, r) {
  OPTIONAL MATCH (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r)
  WITH f, max(c.date) AS newestRecorded
  SET f.lastContact = CASE WHEN newestRecorded IS NULL OR f.ledgerLastContact > newestRecorded
                           THEN f.ledgerLastContact ELSE newestRecorded END
}

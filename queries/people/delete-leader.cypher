// A district leader (no town) can be deleted only by a user who sees the whole district.
// The friendship network changes: a new revision tells every instance's cache of key connectors (the lock on
// the one revision node is taken first, before any row's).
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
MATCH (l:Leader {id: $key})
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
WITH l, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE l:Leader
SET l:DeletedLeader, l.deletedAt = datetime(), l.deletedBy = $username
RETURN l.id AS key

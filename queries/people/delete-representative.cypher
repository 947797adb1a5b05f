// The friendship network changes: a new revision tells every instance's cache of key connectors (the lock on
// the one revision node is taken first, before any row's).
CALL () {
  MERGE (revision:Revision {of: 'friendships'})
  SET revision.id = randomUUID()
}
MATCH (r:Representative {id: $key})
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
WITH r, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE r:Representative
SET r:DeletedRepresentative, r.deletedAt = datetime(), r.deletedBy = $username
RETURN r.id AS key

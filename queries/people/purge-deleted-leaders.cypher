// Purge: deleted leaders go for good, with their ties and the contacts they took part in.
MATCH (n:DeletedLeader)
WITH n, n.id AS key
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE_CONTACT|WITH]-(c:Contact)
  DETACH DELETE c
}
DETACH DELETE n
RETURN 'DeletedLeader' AS label, key

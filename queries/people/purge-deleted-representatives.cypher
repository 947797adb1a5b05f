// Purge: deleted representatives go for good, with their ties and the contacts they took part in.
MATCH (n:DeletedRepresentative)
WITH n, n.id AS key
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE_CONTACT|WITH]-(c:Contact)
  DETACH DELETE c
}
DETACH DELETE n
RETURN 'DeletedRepresentative' AS label, key

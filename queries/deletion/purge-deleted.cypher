// Purge: what was soft-deleted goes for good, ties included, and so do the contacts a purged person took part in.
// The audit trail keeps that it happened.
MATCH (n)
WHERE n:DeletedVillage OR n:DeletedEnterprise OR n:DeletedLeader OR n:DeletedRepresentative
WITH n, [label IN labels(n) WHERE label STARTS WITH 'Deleted'][0] AS label,
     coalesce(n.code, n.creditCode, n.id) AS key
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE_CONTACT|WITH]-(c:Contact)
  DETACH DELETE c
}
DETACH DELETE n
RETURN label, key

// Purge: deleted duties go for good, with their ties and their checks.
MATCH (n:DeletedDuty)
WITH n, n.id AS key
CALL (n) {
  OPTIONAL MATCH (n)<-[:CHECKS]-(c:DutyCheck)
  DETACH DELETE c
}
DETACH DELETE n
RETURN 'DeletedDuty' AS label, key

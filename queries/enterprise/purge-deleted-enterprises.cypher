// Purge: deleted enterprises go for good, with their ties. The audit trail keeps that it happened.
MATCH (n:DeletedEnterprise)
WITH n, n.creditCode AS key
DETACH DELETE n
RETURN 'DeletedEnterprise' AS label, key

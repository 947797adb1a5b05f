// Purge: deleted villages go for good, with their ties (pairings, projects). The audit trail keeps that it happened.
MATCH (n:DeletedVillage)
WITH n, n.code AS key
DETACH DELETE n
RETURN 'DeletedVillage' AS label, key

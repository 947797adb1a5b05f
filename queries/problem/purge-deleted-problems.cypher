// Purge: deleted problems go for good, with their ties.
MATCH (n:DeletedProblem)
WITH n, n.id AS key
DETACH DELETE n
RETURN 'DeletedProblem' AS label, key

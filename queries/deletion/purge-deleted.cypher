// Purge: what was soft-deleted goes for good, ties included. The audit trail keeps that it happened.
MATCH (n)
WHERE n:DeletedVillage OR n:DeletedEnterprise OR n:DeletedLeader OR n:DeletedRepresentative
WITH n, [label IN labels(n) WHERE label STARTS WITH 'Deleted'][0] AS label,
     coalesce(n.code, n.creditCode, n.id) AS key
DETACH DELETE n
RETURN label, key

MATCH (e:Enterprise {creditCode: $key})-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE e:Enterprise
SET e:DeletedEnterprise, e.deletedAt = datetime(), e.deletedBy = $username
RETURN e.creditCode AS key

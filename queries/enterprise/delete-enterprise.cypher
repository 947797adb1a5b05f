MATCH (e:Enterprise {creditCode: $key})-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE e:Enterprise
SET e:DeletedEnterprise, e.deletedAt = datetime(), e.deletedBy = $username
// the villages that kept it as their nearest look again (enterprise/nearest)
WITH e.creditCode AS answer, [e] AS moved
// include: enterprise/nearest/keep-villages-nearest
RETURN answer AS key

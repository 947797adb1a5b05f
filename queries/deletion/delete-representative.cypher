MATCH (r:Representative {id: $key})
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
WITH r, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE r:Representative
SET r:DeletedRepresentative, r.deletedAt = datetime(), r.deletedBy = $username
RETURN r.id AS key

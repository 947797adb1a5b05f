// Soft delete: the village leaves every query (they match :Village) but stays, with its ties, as history.
MATCH (v:Village {code: $key})-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
REMOVE v:Village
SET v:DeletedVillage, v.deletedAt = datetime(), v.deletedBy = $username
RETURN v.code AS key

// Soft delete: the site leaves every query (sites, the network, search, the work report match :Site) but stays,
// with its activities and their participants, as history. A site of no town is the whole district's.
MATCH (s:Site {id: $key})
WHERE $userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
REMOVE s:Site
SET s:DeletedSite, s.deletedAt = datetime(), s.deletedBy = $username
RETURN s.id AS key

// Leaders by id. District leaders belong to no town and every user sees them; a town or village leader is
// seen by users of that town.
MATCH (l:Leader)
WHERE l.id IN $ids
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
WITH l, t
WHERE $userTowns IS NULL OR t IS NULL OR t.code IN $userTowns
RETURN l {.id, .name, .gender, .role, .level, townCode: t.code} AS leader

MATCH (l:Leader)
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
WITH l, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN l {.id, .name, .gender, .role, .level, townCode: t.code} AS properties
ORDER BY l.id

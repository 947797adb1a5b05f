// Every unit the user may see, in key order, as the properties an import row carries: the backup's content.
MATCH (u:Unit)
OPTIONAL MATCH (u)-[:IN_TOWN]->(t:Town)
WITH u, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
OPTIONAL MATCH (u)-[:IS_ENTERPRISE]->(e:Enterprise)
RETURN u {.code, .name, .domain, townCode: t.code, creditCode: e.creditCode} AS properties
ORDER BY u.code

// Every member of staff the user may see, in key order, as the properties an import row carries: the backup's.
MATCH (s:Staff)
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
WITH s, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN s {.id, .name, .post, townCode: t.code, villageCode: [(s)-[:IN_VILLAGE]->(v:Village) | v.code][0], .siteId,
          .fullTime, .since, .until, .phone} AS properties
ORDER BY s.id

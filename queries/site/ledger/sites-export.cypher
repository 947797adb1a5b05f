// Every site the user may see, in key order, as the properties an import row carries: the backup's content.
MATCH (s:Site)
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
WITH s, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN s {.id, .name, .kind, .level, .domain, townCode: t.code,
          villageCode: [(s)-[:IN_VILLAGE]->(v:Village) | v.code][0],
          creditCode: [(s)-[:AT_ENTERPRISE]->(e:Enterprise) | e.creditCode][0],
          unitCode: [(s)-[:OF_UNIT]->(u:Unit) | u.code][0],
          .establishedOn, .standards, .rules, .latitude, .longitude} AS properties
ORDER BY s.id

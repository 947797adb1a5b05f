MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE v.code IN $codes
RETURN v {.code, .name, townCode: t.code, .kind, .households, .latitude, .longitude} AS village

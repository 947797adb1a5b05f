MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE t.code IN $townCodes
RETURN v {.code, .name, townCode: t.code, .kind, .households, .latitude, .longitude} AS village
ORDER BY v.code

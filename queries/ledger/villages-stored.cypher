UNWIND $keys AS key
MATCH (v:Village {code: key.code})
OPTIONAL MATCH (v)-[:IN_TOWN]->(t:Town)
RETURN v {.code, .name, townCode: t.code, .kind, .households, .latitude, .longitude} AS properties

UNWIND $keys AS key
MATCH (l:Leader {id: key.id})
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
RETURN l {.id, .name, .gender, .role, .level, townCode: t.code} AS properties

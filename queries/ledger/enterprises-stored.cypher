UNWIND $keys AS key
MATCH (e:Enterprise {creditCode: key.creditCode})
OPTIONAL MATCH (e)-[:IN_TOWN]->(t:Town)
RETURN e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees, .latitude, .longitude}
       AS properties

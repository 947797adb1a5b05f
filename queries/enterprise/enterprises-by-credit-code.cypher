MATCH (e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE e.creditCode IN $creditCodes
RETURN e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees, .latitude, .longitude}
       AS enterprise

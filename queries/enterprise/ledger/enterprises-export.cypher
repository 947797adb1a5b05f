MATCH (e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees, .latitude, .longitude}
       AS properties
ORDER BY e.creditCode

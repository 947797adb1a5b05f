UNWIND $keys AS key
MATCH (e:Enterprise {creditCode: key.creditCode})
OPTIONAL MATCH (e)-[:IN_TOWN]->(t:Town)
RETURN {properties: e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees, .latitude, .longitude},
        visible: true,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

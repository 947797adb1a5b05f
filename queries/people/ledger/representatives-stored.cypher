UNWIND $keys AS key
MATCH (r:Representative {id: key.id})
OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
RETURN {properties: r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level,
          enterpriseCreditCode: e.creditCode, townCode: t.code, .phone},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

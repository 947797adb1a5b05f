UNWIND $keys AS key
MATCH (l:Leader {id: key.id})
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
RETURN {properties: l {.id, .name, .gender, .role, .level, townCode: t.code},
        visible: $userTowns IS NULL OR t IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

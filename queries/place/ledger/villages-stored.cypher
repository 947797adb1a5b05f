UNWIND $keys AS key
MATCH (v:Village {code: key.code})
OPTIONAL MATCH (v)-[:IN_TOWN]->(t:Town)
RETURN {properties: v {.code, .name, townCode: t.code, .kind, .households, .establishedOn, .latitude, .longitude},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

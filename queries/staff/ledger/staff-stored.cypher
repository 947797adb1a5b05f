// The stored staff among $keys, as the properties a staff ledger row carries.
UNWIND $keys AS key
MATCH (s:Staff {id: key.id})
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
RETURN {properties: s {.id, .name, .post, townCode: t.code,
          villageCode: [(s)-[:IN_VILLAGE]->(v:Village) | v.code][0], .siteId, .fullTime, .since, .until, .phone},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

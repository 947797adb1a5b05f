// The stored sites among $keys, as the properties a sites ledger row carries. A site with no town is the
// district's: a user bound to towns neither sees nor changes it.
UNWIND $keys AS key
MATCH (s:Site {id: key.id})
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
RETURN {properties: s {.id, .name, .kind, .level, .domain, townCode: t.code,
          villageCode: [(s)-[:IN_VILLAGE]->(v:Village) | v.code][0],
          creditCode: [(s)-[:AT_ENTERPRISE]->(e:Enterprise) | e.creditCode][0],
          unitCode: [(s)-[:OF_UNIT]->(u:Unit) | u.code][0],
          .establishedOn, .standards, .rules, .latitude, .longitude},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

// The stored units among $keys, as the properties a units ledger row carries. A unit with no town is the
// district's: a user bound to towns neither sees nor changes it.
UNWIND $keys AS key
MATCH (u:Unit {code: key.code})
OPTIONAL MATCH (u)-[:IN_TOWN]->(t:Town)
OPTIONAL MATCH (u)-[:IS_ENTERPRISE]->(e:Enterprise)
RETURN {properties: u {.code, .name, .domain, townCode: t.code, creditCode: e.creditCode},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

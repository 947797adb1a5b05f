// The stored problems among $keys, as the properties a problems ledger row carries. A problem is its enterprise's
// town's: a user bound to towns sees and changes their towns' enterprises' problems only.
UNWIND $keys AS key
MATCH (p:Problem {id: key.id})
OPTIONAL MATCH (p)-[:CONCERNS]->(e:Enterprise)
OPTIONAL MATCH (e)-[:IN_TOWN]->(t:Town)
WITH p, e, $userTowns IS NULL OR t.code IN $userTowns AS ours
RETURN {properties: p {.id, creditCode: e.creditCode, .raisedOn, .category, .title, .leadCode, .assignedOn, .dueOn,
                       .resolvedOn, .satisfaction, .note},
        visible: ours,
        mayChange: ours} AS stored

UNWIND $keys AS key
MATCH (p:Project {id: key.id})
OPTIONAL MATCH (e:Enterprise)-[:CARRIES_OUT]->(p)
OPTIONAL MATCH (p)-[:BENEFITS]->(v:Village)
WITH p, e, v, $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns } AS ours
RETURN {properties: p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started,
                       .investmentWan},
        visible: ours,
        mayChange: ours} AS stored

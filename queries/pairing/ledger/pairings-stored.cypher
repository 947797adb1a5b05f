UNWIND $keys AS key
MATCH (e:Enterprise {creditCode: key.enterpriseCreditCode})-[p:PAIRED_WITH]->(v:Village {code: key.villageCode})
WITH e, p, v, $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns } AS ours
RETURN {properties: {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until},
        visible: ours,
        mayChange: ours} AS stored

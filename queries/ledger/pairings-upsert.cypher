// Ended pairings keep their until date and stay in the graph as history.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode}), (v:Village {code: row.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (e)-[p:PAIRED_WITH]->(v)
SET p.since = row.since,
    p.until = row.until

// Ended pairings keep their until date and stay in the graph as history.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode}), (v:Village {code: row.villageCode})
MERGE (e)-[p:PAIRED_WITH]->(v)
SET p.since = row.since,
    p.until = row.until

UNWIND $keys AS key
MATCH (e:Enterprise {creditCode: key.enterpriseCreditCode})-[p:PAIRED_WITH]->(v:Village {code: key.villageCode})
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} AS properties

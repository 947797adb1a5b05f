// Every pairing of these villages, ended ones included.
MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)
WHERE v.code IN $villageCodes
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} AS pairing
ORDER BY p.since DESC, e.creditCode

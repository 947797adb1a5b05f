// Every pairing of these enterprises, ended ones included.
MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)
WHERE e.creditCode IN $creditCodes
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} AS pairing
ORDER BY p.since DESC, v.code

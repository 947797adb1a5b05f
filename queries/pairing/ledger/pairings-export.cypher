MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} AS properties
ORDER BY e.creditCode, v.code

// Every pairing of these enterprises, ended ones included, with the villages the user may see.
MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE e.creditCode IN $creditCodes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} AS pairing
ORDER BY p.since DESC, v.code

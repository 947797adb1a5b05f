// Coverage on $asOf by kind of village (VILLAGE, COMMUNITY), of town $townCode or of the district, as the user
// may see it; counted as coverage-of-towns.cypher counts.
MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
  AND coalesce(v.establishedOn <= $asOf, true)
WITH v.kind AS kind,
     EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf) } AS paired
WITH kind, count(*) AS villages, count(CASE WHEN paired THEN 1 END) AS pairedVillages
ORDER BY kind
RETURN {kind: kind, villages: villages, pairedVillages: pairedVillages} AS slice

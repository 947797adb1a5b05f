// The same figures as coverage-of-towns.cypher for every town of the district, or of the user's towns.
MATCH (t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
CALL (t) {
  MATCH (v:Village)-[:IN_TOWN]->(t)
  WHERE coalesce(v.establishedOn <= $asOf, true)
  RETURN count(v) AS villages,
         count(CASE WHEN EXISTS {
                 (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
               } THEN v END) AS pairedVillages
}
RETURN {town: t {.code, .name}, villages: villages, pairedVillages: pairedVillages} AS coverage
ORDER BY t.code

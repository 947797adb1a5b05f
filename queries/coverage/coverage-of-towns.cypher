// How many of each of these towns' villages are paired today: a village is paired while at least one of
// its pairings has not ended (no until, or until today or later).
UNWIND $townCodes AS townCode
MATCH (t:Town {code: townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
CALL (t) {
  MATCH (v:Village)-[:IN_TOWN]->(t)
  RETURN count(v) AS villages,
         count(CASE WHEN EXISTS {
                 (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.until IS NULL OR p.until >= $today
               } THEN v END) AS pairedVillages
}
RETURN {town: t {.code, .name}, villages: villages, pairedVillages: pairedVillages} AS coverage
ORDER BY t.code

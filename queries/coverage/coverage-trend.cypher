// Coverage on each of $days, of town $townCode or of the district (as the user may see it): how many villages,
// and how many paired on that day, as coverage-of-towns.cypher counts them. No row for an unknown town, nor for
// a town outside the user's towns.
OPTIONAL MATCH (known:Town {code: $townCode})
WHERE $userTowns IS NULL OR known.code IN $userTowns
WITH known
WHERE $townCode IS NULL OR known IS NOT NULL
UNWIND $days AS day
CALL (known, day) {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE (known IS NULL OR t = known) AND ($userTowns IS NULL OR t.code IN $userTowns)
  RETURN count(v) AS villages,
         count(CASE WHEN EXISTS {
                 (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= day AND (p.until IS NULL OR p.until >= day)
               } THEN v END) AS pairedVillages
}
RETURN {date: day, villages: villages, pairedVillages: pairedVillages} AS point
ORDER BY day

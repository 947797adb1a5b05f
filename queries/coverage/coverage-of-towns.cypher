// How many of each of these towns' villages are paired on the day $asOf: a village is paired on a day when one of
// its pairings holds on it, having started (since on or before the day) and not ended (no until, or until on or
// after the day). Pairings are never overwritten, so any past day reads as it was. A village established after the
// day (establishedOn) is not there yet: it counts neither as a village nor as paired, whatever its pairings.
// "Established by the day, or since always" is written coalesce(v.establishedOn <= day, true) here and in every
// query, not as an OR, which the planner may split into a union over the village_established_on index and so lose
// the order of the index a page walks.
UNWIND $townCodes AS townCode
MATCH (t:Town {code: townCode})
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

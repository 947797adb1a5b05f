// The whole district's coverage on the day $asOf as two numbers, for users who see every town: how many villages
// (from the count store) and how many of them are paired on that day, as coverage-of-towns.cypher counts them.
// One pass over the pairings rather than a look at each village's: most villages are paired, and a pairing that
// does not hold on the day costs no more than reading its dates.
CALL () {
  MATCH (v:Village)
  RETURN count(v) AS villages
}
CALL () {
  MATCH (:Enterprise)-[p:PAIRED_WITH]->(v:Village)
  WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
  RETURN count(DISTINCT v) AS pairedVillages
}
RETURN {villages: villages, pairedVillages: pairedVillages} AS coverage

// A page of the figures of coverage-of-district.cypher: up to $limit towns after the town code $after, of the
// district (or the user's towns), or town $townCode alone; and how many towns there are in all. The page walks
// the town_code index in order, so it reads only its own towns' villages.
CALL () {
  MATCH (t:Town)
  WHERE ($userTowns IS NULL OR t.code IN $userTowns) AND ($townCode IS NULL OR t.code = $townCode)
  RETURN count(t) AS totalCount
}
CALL () {
  MATCH (t:Town)
  WHERE t.code > coalesce($after, '') AND ($userTowns IS NULL OR t.code IN $userTowns)
    AND ($townCode IS NULL OR t.code = $townCode)
  WITH t
  ORDER BY t.code
  LIMIT $limit
  CALL (t) {
    MATCH (v:Village)-[:IN_TOWN]->(t)
    WHERE coalesce(v.establishedOn <= $asOf, true)
    RETURN count(v) AS villages,
           count(CASE WHEN EXISTS {
                   (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
                 } THEN v END) AS pairedVillages
  }
  RETURN collect({town: t {.code, .name}, villages: villages, pairedVillages: pairedVillages}) AS page
}
RETURN {totalCount: totalCount, page: page} AS towns

// Per town of the district (or $townCode), in the user's towns and in code order: its commissioners in post on $on,
// and how many of its villages (those established by then) have a liaison in post that day.
MATCH (t:Town)
WHERE ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
CALL (t) {
  OPTIONAL MATCH (s:Staff {post: 'TOWN_COMMISSIONER'})-[:IN_TOWN]->(t)
  WHERE s.since <= $on AND (s.until IS NULL OR s.until >= $on)
  WITH s
  ORDER BY s.id
  RETURN collect(s {.id, .name, .post, townCode: t.code, villageCode: null, .siteId, .fullTime, .since, .until,
                    .phone}) AS commissioners
}
CALL (t) {
  MATCH (v:Village)-[:IN_TOWN]->(t)
  WHERE coalesce(v.establishedOn <= $on, true)
  RETURN count(v) AS villages,
         count(CASE WHEN EXISTS {
                 (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
                 WHERE s.since <= $on AND (s.until IS NULL OR s.until >= $on)
               } THEN v END) AS villagesWithLiaison
}
RETURN {town: t {.code, .name}, commissioners: commissioners, villages: villages,
        villagesWithLiaison: villagesWithLiaison} AS staffing
ORDER BY t.code

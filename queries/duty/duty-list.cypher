// A holder's duty list for $year, when the holder is the user's: a town among $userTowns; a unit only for a user of
// the whole district (the units are the district's to check). Its items, common (共性) before specific (个性), by
// id, at most $limit, each with its latest check; the count, weights and latest scores over all the year's items.
CALL () {
  MATCH (t:Town {code: $holderCode})
  RETURN t AS h, 'TOWN' AS kind
  UNION
  MATCH (u:Unit {code: $holderCode})
  RETURN u AS h, 'UNIT' AS kind
}
WITH h, kind
WHERE $userTowns IS NULL OR (kind = 'TOWN' AND h.code IN $userTowns)
CALL (h) {
  MATCH (d:Duty {holderCode: h.code, year: $year})
  CALL (d) {
    OPTIONAL MATCH (c:DutyCheck)-[:CHECKS]->(d)
    WITH c
    ORDER BY c.checkedOn DESC
    LIMIT 1
    RETURN c {.dutyId, .checkedOn, .result, .score, .action, .note} AS latest
  }
  WITH d, latest
  ORDER BY d.kind, d.id
  RETURN count(d) AS items, sum(d.weight) AS weight, sum(latest.score) AS score,
         collect(d {.id, .holderCode, .kind, .title, .year, .dueOn, .weight, latestCheck: latest})[..$limit] AS duties
}
RETURN {holder: {kind: kind, code: h.code, name: h.name}, year: $year, items: items, weight: weight, score: score,
        duties: duties} AS list

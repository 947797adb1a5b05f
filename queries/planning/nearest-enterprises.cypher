// The $first enterprises nearest each of these villages, in a straight line, among those the user may see. They
// are looked for through the enterprise_location point index in rings of 5, 20, 80 and 320 km, stopping at the
// first ring that holds $first of them. A village without a location has none.
UNWIND $villageCodes AS code
MATCH (v:Village {code: code})
WHERE v.location IS NOT NULL
CALL (v) {
  UNWIND [5000.0, 20000.0, 80000.0, 320000.0] AS radius
  CALL (v, radius) {
    MATCH (e:Enterprise)-[:IN_TOWN]->(t:Town)
    WHERE point.distance(e.location, v.location) <= radius
      AND ($userTowns IS NULL OR t.code IN $userTowns
           OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
    WITH e, t, point.distance(e.location, v.location) AS metres
    ORDER BY metres, e.creditCode
    LIMIT $first
    RETURN collect({enterprise: e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees,
                                   .latitude, .longitude},
                    distanceKm: round(metres / 1000.0, 2)}) AS nearest
  }
  WITH radius, nearest
  WHERE size(nearest) >= $first OR radius = 320000.0
  RETURN nearest
  LIMIT 1
}
RETURN {villageCode: v.code, nearest: nearest} AS village

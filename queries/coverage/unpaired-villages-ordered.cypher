// The unpaired villages of town $townCode (or of the district, as the user may see it), filtered as in
// unpaired-villages-in-town.cypher, in the planner's order $orderBy: HOUSEHOLDS_DESC (largest first) or
// DISTANCE (nearest to an enterprise first), unknown values last, then by code. How many there are, and up to $limit after the position ($afterValue, $afterCode). The distance to
// the nearest enterprise the user may see is found through the enterprise_location point index, in rings of
// 5, 20, 80 and 320 km. No row comes back for an unknown town.
// Each village comes with its town (the user's, as they may see it), which the page's villages' town fields reuse.
OPTIONAL MATCH (known:Town {code: $townCode})
WITH known
WHERE $townCode IS NULL OR known IS NOT NULL
CALL (known) {
  // The unpaired villages of the town when there is one, so that only its own villages are read, else of every
  // town; a branch that does not apply reads nothing.
  CALL (known) {
    WITH known WHERE known IS NOT NULL
    MATCH (v:Village)-[:IN_TOWN]->(known)
    WHERE NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    RETURN v, known AS t
    UNION ALL
    WITH known WHERE known IS NULL
    MATCH (v:Village)-[:IN_TOWN]->(t:Town)
    WHERE NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    RETURN v, t
  }
  WITH v, t
  WHERE ($userTowns IS NULL OR t.code IN $userTowns) AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  // The first ring that holds an enterprise; the last, empty entry makes sure of a row (metres null) when none
  // does, or when the order is not by distance.
  CALL (v) {
    UNWIND CASE WHEN $orderBy = 'DISTANCE' AND v.location IS NOT NULL
                THEN [5000.0, 20000.0, 80000.0, 320000.0, null] ELSE [null] END AS radius
    CALL (v, radius) {
      MATCH (e:Enterprise)-[:IN_TOWN]->(et:Town)
      WHERE radius IS NOT NULL AND point.distance(e.location, v.location) <= radius
        AND ($userTowns IS NULL OR et.code IN $userTowns
             OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
      RETURN min(point.distance(e.location, v.location)) AS metres
    }
    WITH radius, metres
    WHERE metres IS NOT NULL OR radius IS NULL
    RETURN metres
    LIMIT 1
  }
  // Both orders ascending: households are negated.
  WITH v, t, CASE $orderBy WHEN 'DISTANCE' THEN metres / 1000.0 ELSE -toFloat(v.households) END AS value
  ORDER BY value IS NULL, value, v.code
  RETURN collect({village: v {.code, .name, townCode: t.code, .kind, .households, .establishedOn,
                              .latitude, .longitude, town: t {.code, .name}},
                  value: value}) AS ranked
}
RETURN {totalCount: size(ranked),
        page: [x IN ranked WHERE $afterCode IS NULL
                 OR ($afterValue IS NOT NULL AND (x.value > $afterValue OR x.value IS NULL
                     OR (x.value = $afterValue AND x.village.code > $afterCode)))
                 OR ($afterValue IS NULL AND x.value IS NULL AND x.village.code > $afterCode)][0..$limit]}
       AS unpaired

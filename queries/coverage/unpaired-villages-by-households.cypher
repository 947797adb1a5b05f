// The unpaired villages of the whole district in the order HOUSEHOLDS_DESC, filtered as in
// unpaired-villages-ordered.cypher and for users who see every town: up to $limit after the position
// ($afterValue, the households negated, and $afterCode), or from the start. The page walks the village_households
// index down from $upper households (at least $lower) and stops after $limit unpaired villages, instead of
// ranking them all; the villages with no households come last, in code order, read only once those with
// households run out. How many match in all is counted only when $countAll (it reads every village).
// Each village comes with its town (the user's, as they may see it), which the page's villages' town fields reuse.
CALL () {
  WITH $countAll AS countAll
  WHERE countAll
  MATCH (v:Village)
  WHERE NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  RETURN count(v) AS counted
}
WITH CASE WHEN $countAll THEN counted END AS totalCount
CALL () {
  // still among the villages with households: no position, or one with a value
  WITH $afterCode IS NULL OR $afterValue IS NOT NULL AS applies
  MATCH (v:Village)
  WHERE applies AND v.households >= $lower AND v.households <= $upper
    AND ($afterValue IS NULL OR -toFloat(v.households) > $afterValue
         OR (-toFloat(v.households) = $afterValue AND v.code > $afterCode))
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind)
  WITH v
  ORDER BY v.households DESC, v.code
  LIMIT $limit
  RETURN collect({v: v, value: -toFloat(v.households)}) AS known
}
CALL (known) {
  WITH known
  WHERE size(known) < $limit AND $minHouseholds IS NULL
  MATCH (v:Village)
  WHERE v.code > coalesce(CASE WHEN $afterValue IS NULL THEN $afterCode END, '') AND v.households IS NULL
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind)
  WITH v
  ORDER BY v.code
  LIMIT $limit
  RETURN collect({v: v, value: null}) AS unknown
}
CALL (known, unknown) {
  UNWIND (known + unknown)[0..$limit] AS ranked
  WITH ranked.v AS v, ranked.value AS value
  MATCH (v)-[:IN_TOWN]->(t:Town)
  RETURN collect({village: v {.code, .name, townCode: t.code, .kind, .households, .establishedOn,
                              .latitude, .longitude, town: t {.code, .name}},
                  value: value}) AS page
}
RETURN {totalCount: totalCount, page: page} AS unpaired

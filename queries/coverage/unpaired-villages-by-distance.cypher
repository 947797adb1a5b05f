// The unpaired villages of the whole district in the order DISTANCE, filtered as in
// unpaired-villages-ordered.cypher and for users who see every town: up to $limit after the position
// ($afterValue, the distance in km, and $afterCode), or from the start. The distance is the one each village keeps
// to the nearest enterprise (nearestEnterpriseMetres, V0023: the ring search's answer for a user who sees every
// town), so the page walks the village_nearest_enterprise_metres index up from $lowerMetres (the position, less a
// metre for rounding) and stops after $limit unpaired villages, instead of a ring search from every one and a
// ranking of them all; the villages with no distance come last, in code order, read only once those with one run
// out. How many match in all is counted only when $countAll (it reads every village).
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
  // still among the villages with a distance: no position, or one with a value
  WITH $afterCode IS NULL OR $afterValue IS NOT NULL AS applies
  MATCH (v:Village)
  WHERE applies AND v.nearestEnterpriseMetres >= $lowerMetres
    AND ($afterValue IS NULL OR v.nearestEnterpriseMetres / 1000.0 > $afterValue
         OR (v.nearestEnterpriseMetres / 1000.0 = $afterValue AND v.code > $afterCode))
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  WITH v
  ORDER BY v.nearestEnterpriseMetres, v.code
  LIMIT $limit
  RETURN collect({v: v, value: v.nearestEnterpriseMetres / 1000.0}) AS known
}
CALL (known) {
  WITH known
  WHERE size(known) < $limit
  MATCH (v:Village)
  WHERE v.code > coalesce(CASE WHEN $afterValue IS NULL THEN $afterCode END, '') AND v.nearestEnterpriseMetres IS NULL
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
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

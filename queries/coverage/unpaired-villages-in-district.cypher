// The villages of the whole district (or of the user's towns) with no current pairing, of kind $kind and with
// at least $minHouseholds households when given: how many there are, and a page of up to $limit of them after
// the village code $after. The page walks the village_code index in order, so it
// stops after $limit unpaired villages instead of sorting them all. Counting them all reads every village, so it
// is done only when $countAll (totalCount null otherwise). A village not yet established today is left out, as in
// unpaired-villages-in-town.cypher.
// Each village comes with its town (the user's, as they may see it), which the page's villages' town fields reuse.
CALL () {
  WITH $countAll AS countAll
  WHERE countAll
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE ($userTowns IS NULL OR t.code IN $userTowns)
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  RETURN count(v) AS counted
}
WITH CASE WHEN $countAll THEN counted END AS totalCount
CALL () {
  MATCH (v:Village)
  WHERE v.code > coalesce($after, '')
    AND ($userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(ut:Town) WHERE ut.code IN $userTowns })
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  WITH v
  ORDER BY v.code
  LIMIT $limit
  MATCH (v)-[:IN_TOWN]->(t:Town)
  RETURN collect(v {.code, .name, townCode: t.code, .kind, .households, .establishedOn,
                    .latitude, .longitude, town: t {.code, .name}}) AS page
}
RETURN {totalCount: totalCount, page: page} AS unpaired

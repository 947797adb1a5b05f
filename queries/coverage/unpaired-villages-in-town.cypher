// The villages of town $townCode with no current pairing, of kind $kind and with at least $minHouseholds
// households when given: how many there are, and a page of up to $limit of them after the village code $after,
// in code order. The town is found first, so only its own
// villages are read; no row comes back for an unknown town. A village not yet established today is not unpaired:
// it is not there yet, and is listed from the day it is established on.
// Each village comes with its town (the user's, as they may see it), which the page's villages' town fields reuse.
MATCH (t:Town {code: $townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
CALL (t) {
  MATCH (v:Village)-[:IN_TOWN]->(t)
  WHERE NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  RETURN count(v) AS totalCount
}
CALL (t) {
  MATCH (v:Village)-[:IN_TOWN]->(t)
  WHERE v.code > coalesce($after, '')
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
    AND coalesce(v.establishedOn <= $today, true)
    AND ($kind IS NULL OR v.kind = $kind) AND ($minHouseholds IS NULL OR v.households >= $minHouseholds)
  WITH v
  ORDER BY v.code
  LIMIT $limit
  RETURN collect(v {.code, .name, townCode: t.code, .kind, .households, .establishedOn,
                    .latitude, .longitude, town: t {.code, .name}}) AS page
}
RETURN {totalCount: totalCount, page: page} AS unpaired

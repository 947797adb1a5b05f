// Of village `v`, found in the box: whether the view shows it, as v, its town t and whether it is paired today.
// A user bound to towns sees their towns' villages; $townCode narrows the view to one town (the caller has
// checked that it is one of the user's); a village not yet established today is not there yet. The filter comes
// as one map, whatever it holds, so that every combination of filters shares one plan (see site/site-filter).
MATCH (v)-[:IN_TOWN]->(t:Town)
WHERE ($userTowns IS NULL OR t.code IN $userTowns) AND ($townCode IS NULL OR t.code = $townCode)
  AND coalesce(v.establishedOn <= $today, true)
  AND ($filter.kind IS NULL OR v.kind = $filter.kind)
  AND ($filter.minHouseholds IS NULL OR v.households >= $filter.minHouseholds)
  AND ($filter.maxHouseholds IS NULL OR v.households <= $filter.maxHouseholds)
WITH v, t,
     EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
       AS paired
WHERE $filter.paired IS NULL OR paired = $filter.paired

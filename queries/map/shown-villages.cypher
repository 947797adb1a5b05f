// Of village `v`, found in the box: whether the view shows it, as v and whether it is paired today. A user bound
// to towns sees their towns' villages; $townCode narrows the view to one town (the caller has checked that it is
// one of the user's); a village not yet established today is not there yet. The town is looked at only when one
// of those asks it: a view of every town (the country's, as an administrator) need not read each village's town.
// The filter comes as one map, whatever it holds, so that every combination of filters shares one plan (see
// site/site-filter).
WITH v
WHERE coalesce(v.establishedOn <= $today, true)
  AND ($filter.kind IS NULL OR v.kind = $filter.kind)
  AND ($filter.minHouseholds IS NULL OR v.households >= $filter.minHouseholds)
  AND ($filter.maxHouseholds IS NULL OR v.households <= $filter.maxHouseholds)
  AND (($userTowns IS NULL AND $townCode IS NULL)
       OR EXISTS { (v)-[:IN_TOWN]->(t:Town)
                   WHERE ($userTowns IS NULL OR t.code IN $userTowns) AND ($townCode IS NULL OR t.code = $townCode) })
WITH v,
     EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
       AS paired
WHERE $filter.paired IS NULL OR paired = $filter.paired

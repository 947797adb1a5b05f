// The enterprises of a view of town $townCode (map/enterprises for one town): found from the town, its own and
// those paired with its villages, rather than through the point index over a box that partners far away make wide.
// The same rule (map/shown-enterprises) and the same answer: how many, and each (at most $most) with the villages
// it carries today.
CALL () {
  MATCH (t:Town {code: $townCode})
  CALL (t) {
    MATCH (t)<-[:IN_TOWN]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (t)<-[:IN_TOWN]-(:Village)<-[:PAIRED_WITH]-(e:Enterprise)
    RETURN e
  }
  WITH e
  WHERE point.withinBBox(e.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-enterprises
  RETURN collect(e) AS found
}
WITH found, size(found) AS enterprises
CALL (found, enterprises) {
  UNWIND CASE WHEN enterprises <= $most THEN found ELSE [] END AS e
  WITH e,
       COUNT { (e)-[p:PAIRED_WITH]->(pv:Village)
               WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today)
                 AND coalesce(pv.establishedOn <= $today, true) } AS carries
  ORDER BY e.creditCode
  RETURN collect(e {.creditCode, .name, .industry, .latitude, .longitude, carries: carries}) AS points
}
RETURN {enterprises: enterprises, points: points} AS shown

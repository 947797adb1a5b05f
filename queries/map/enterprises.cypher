// The enterprises of the box, through the enterprise_location point index, as the rest of the service lets the
// user see them: a user bound to towns sees their towns' enterprises and those paired with one of their villages;
// $townCode narrows the view to the enterprises of that town and those paired with its villages. How many, and
// each of them (at most $most: none when there are more) with the villages it carries today (established ones, as
// the planner's load counts them).
CALL () {
  MATCH (e:Enterprise)
  WHERE point.withinBBox(e.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-enterprises
  RETURN count(e) AS enterprises
}
CALL (enterprises) {
  // past the bound the box is not read again (a guard in the MATCH's WHERE is checked only after the index seek)
  UNWIND CASE WHEN enterprises <= $most THEN [true] ELSE [] END AS few
  MATCH (e:Enterprise)
  WHERE point.withinBBox(e.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-enterprises
  WITH e,
       COUNT { (e)-[p:PAIRED_WITH]->(pv:Village)
               WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today)
                 AND coalesce(pv.establishedOn <= $today, true) } AS carries
  ORDER BY e.creditCode
  RETURN collect(e {.creditCode, .name, .industry, .latitude, .longitude, carries: carries}) AS points
}
RETURN {enterprises: enterprises, points: points} AS shown

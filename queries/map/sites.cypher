// The sites (阵地) of the box with a location, through the site_location point index: of the user's towns (a site
// of no town is the district's, seen by users of the whole district, as site/site-filter), of $townCode when
// given, established by today. How many, and each of them (at most $most: none when there are more).
CALL () {
  MATCH (s:Site)
  WHERE point.withinBBox(s.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-sites
  RETURN count(s) AS sites
}
CALL (sites) {
  // past the bound the box is not read again (a guard in the MATCH's WHERE is checked only after the index seek)
  UNWIND CASE WHEN sites <= $most THEN [true] ELSE [] END AS few
  MATCH (s:Site)
  WHERE point.withinBBox(s.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-sites
  WITH s
  ORDER BY s.id
  RETURN collect(s {.id, .name, .kind, .latitude, .longitude}) AS points
}
RETURN {sites: sites, points: points} AS shown

// The villages of the box ($west, $south, $east, $north, WGS-84 degrees) that the view shows (map/shown-villages),
// found through the village_location point index: how many, how many of them unpaired, and either each of them
// with the enterprises paired with it today (at most $most villages), or, when there are more, their clusters: the
// villages counted by cells of $cellWidth × $cellHeight degrees, each cell at the mean of its villages. Either way
// the answer is bounded, whatever the size of the box. The counts are the cells' sums, so that a box of many
// villages (a province, the country) is read once; only a box of few is read again for its points.
CALL () {
  MATCH (v:Village)
  WHERE point.withinBBox(v.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-villages
  WITH toInteger(floor((v.longitude - $west) / $cellWidth)) AS column,
       toInteger(floor((v.latitude - $south) / $cellHeight)) AS row, v, paired
  WITH column, row, count(v) AS inCell, count(CASE WHEN NOT paired THEN v END) AS unpairedInCell,
       avg(v.latitude) AS latitude, avg(v.longitude) AS longitude
  ORDER BY row, column
  RETURN sum(inCell) AS villages, sum(unpairedInCell) AS unpaired,
         collect({villages: inCell, unpaired: unpairedInCell, latitude: latitude, longitude: longitude}) AS cells
}
CALL (villages) {
  // past the bound the box is not read again (a guard in the MATCH's WHERE is checked only after the index seek)
  UNWIND CASE WHEN villages <= $most THEN [true] ELSE [] END AS few
  MATCH (v:Village)
  WHERE point.withinBBox(v.location, point({longitude: $west, latitude: $south}),
                         point({longitude: $east, latitude: $north}))
  // include: map/shown-villages
  MATCH (v)-[:IN_TOWN]->(t:Town)
  CALL (v) {
    MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v)
    WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today)
    WITH e
    ORDER BY e.creditCode
    RETURN collect(e {.creditCode, .name, .latitude, .longitude}) AS pairedWith
  }
  WITH v, t, paired, pairedWith
  ORDER BY v.code
  RETURN collect(v {.code, .name, townCode: t.code, .kind, .households, .latitude, .longitude, paired: paired,
                    pairedWith: pairedWith}) AS points
}
RETURN {villages: villages, unpaired: unpaired, points: points,
        clusters: CASE WHEN villages > $most THEN cells ELSE [] END} AS shown

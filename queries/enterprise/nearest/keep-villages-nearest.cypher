// A fragment, not a statement: after the enterprises in the list moved (each created, moved, its location removed,
// or deleted), every village keeps again the enterprise nearest it (place/nearest/keep-nearest-enterprise), as one
// ring search from each village would find it, but without searching from every village. Takes one row, of the
// list and the statement's answer, and gives back the answer.
// First the villages that kept one of them: searched again, among the enterprises as they now stand.
CALL (moved) {
  UNWIND moved AS gone
  MATCH (v:Village {nearestEnterprise: gone.creditCode})
  // include: place/nearest/keep-nearest-enterprise
}
// Every other village keeps an enterprise that has not moved, so its nearest is that one, or one of these if it
// is nearer (by credit code on a tie). A village that keeps one is nearer to one of these than to what it keeps,
// so within the largest distance any village keeps (read from the top of the village_nearest_enterprise_metres
// index): only the villages within that reach of each are read, through the village_location point index.
// Each village takes the nearest of these that reach it, if that is nearer than what it keeps.
WITH answer, [one IN moved WHERE one:Enterprise AND one.location IS NOT NULL] AS placed
// the village that keeps the largest distance, when there is one (a list of it, or of none)
CALL (placed) {
  WITH placed
  WHERE size(placed) > 0
  MATCH (far:Village)
  WHERE far.nearestEnterpriseMetres IS NOT NULL
  WITH far
  ORDER BY far.nearestEnterpriseMetres DESC
  LIMIT 1
  RETURN collect(far) AS farthest
}
WITH answer, placed, farthest[0].nearestEnterpriseMetres AS reach
CALL (placed, reach) {
  UNWIND placed AS arrived
  MATCH (v:Village)
  WHERE point.distance(v.location, arrived.location) <= reach
  WITH v, arrived, point.distance(v.location, arrived.location) AS metres
  ORDER BY metres, arrived.creditCode
  WITH v, head(collect({metres: metres, creditCode: arrived.creditCode})) AS nearest
  WHERE v.nearestEnterpriseMetres IS NULL OR nearest.metres < v.nearestEnterpriseMetres
     OR (nearest.metres = v.nearestEnterpriseMetres AND nearest.creditCode < v.nearestEnterprise)
  SET v.nearestEnterpriseMetres = nearest.metres,
      v.nearestEnterprise = nearest.creditCode
  REMOVE v:BeyondReach
}
// A village with a location that keeps none had no enterprise within 320 km, the ring search's reach: labelled
// BeyondReach. Each still so labelled searches again from itself, among the enterprises as they now stand, through
// the enterprise_location point index: a look-up per such village, where measuring each against every enterprise
// placed would cost their product (every village of a district is BeyondReach when its first enterprises arrive).
CALL (placed) {
  WITH placed
  WHERE size(placed) > 0
  MATCH (v:Village:BeyondReach)
  // include: place/nearest/keep-nearest-enterprise
}

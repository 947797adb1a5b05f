// A fragment, not a statement: keeps on the village v the enterprise nearest it (nearestEnterprise, its credit
// code) and how far it is (nearestEnterpriseMetres), among every :Enterprise with a location, whoever may see it:
// the distance unpaired-villages-by-distance pages by. Found as unpaired-villages-ordered finds it, through the
// enterprise_location point index in rings of 5, 20, 80 and 320 km, the first ring that holds one answering (no
// enterprise outside a ring is nearer than one inside it); ties by credit code. Both are removed when v has no
// location or none is within 320 km. Taken in by the statements that write villages and enterprises
// (place/ledger/villages-*, enterprise/ledger/enterprises-*, enterprise/delete-enterprise); V0023 computed them for
// the villages stored before.
CALL (v) {
  UNWIND CASE WHEN v.location IS NOT NULL THEN [5000.0, 20000.0, 80000.0, 320000.0, null] ELSE [null] END AS radius
  CALL (v, radius) {
    MATCH (e:Enterprise)
    WHERE radius IS NOT NULL AND point.distance(e.location, v.location) <= radius
    WITH e, point.distance(e.location, v.location) AS metres
    ORDER BY metres, e.creditCode
    RETURN head(collect({metres: metres, creditCode: e.creditCode})) AS found
  }
  // the last, empty entry makes sure of a row (none found) when no ring holds one
  WITH radius, found
  WHERE found IS NOT NULL OR radius IS NULL
  RETURN found AS nearest
  LIMIT 1
}
SET v.nearestEnterpriseMetres = nearest.metres,
    v.nearestEnterprise = nearest.creditCode
// A located village with none within reach is labelled BeyondReach, so that a statement placing enterprises learns
// whether there is any such village by a look-up, not by reading every village (enterprise/nearest).
FOREACH (beyond IN CASE WHEN v.location IS NOT NULL AND nearest IS NULL THEN [v] ELSE [] END | SET beyond:BeyondReach)
FOREACH (within IN CASE WHEN v.location IS NULL OR nearest IS NOT NULL THEN [v] ELSE [] END | REMOVE within:BeyondReach)

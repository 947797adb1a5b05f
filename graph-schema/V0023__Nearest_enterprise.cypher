// Each village keeps the enterprise nearest it (nearestEnterprise, its credit code) and how far it is
// (nearestEnterpriseMetres): the whole district's unpaired villages are paged by distance down this index instead
// of a ring search from every unpaired village and a ranking of them all; the statements that write villages and
// enterprises keep both right (queries/place/nearest, queries/enterprise/nearest), and find through the second index
// the villages that kept an enterprise that moved or was deleted.
CREATE RANGE INDEX village_nearest_enterprise_metres IF NOT EXISTS FOR (v:Village) ON (v.nearestEnterpriseMetres);
CREATE RANGE INDEX village_nearest_enterprise IF NOT EXISTS FOR (v:Village) ON (v.nearestEnterprise);
// The villages stored before (a first load is bulk-imported before the migrations run), as the import keeps them:
// the nearest :Enterprise with a location, found through the enterprise_location point index in rings of 5, 20,
// 80 and 320 km, ties by credit code; none beyond 320 km. In transactions of 10,000 villages (500,000 at scale 1),
// which neo4j-migrations runs in an implicit transaction of their own.
MATCH (v:Village)
WHERE v.location IS NOT NULL
CALL (v) {
  CALL (v) {
    UNWIND [5000.0, 20000.0, 80000.0, 320000.0, null] AS radius
    CALL (v, radius) {
      MATCH (e:Enterprise)
      WHERE radius IS NOT NULL AND point.distance(e.location, v.location) <= radius
      WITH e, point.distance(e.location, v.location) AS metres
      ORDER BY metres, e.creditCode
      RETURN head(collect({metres: metres, creditCode: e.creditCode})) AS found
    }
    WITH radius, found
    WHERE found IS NOT NULL OR radius IS NULL
    RETURN found AS nearest
    LIMIT 1
  }
  SET v.nearestEnterpriseMetres = nearest.metres,
      v.nearestEnterprise = nearest.creditCode
  // none within reach: labelled, so that placing an enterprise finds such villages by a look-up
  FOREACH (beyond IN CASE WHEN nearest IS NULL THEN [v] ELSE [] END | SET beyond:BeyondReach)
} IN TRANSACTIONS OF 10000 ROWS;

// Each town's boundary, a GeoJSON geometry, replacing the one stored; the guard keeps a write inside the user's
// towns, as every import's does. Answers the towns written.
UNWIND $boundaries AS boundary
MATCH (t:Town {code: boundary.code})
WHERE $userTowns IS NULL OR t.code IN $userTowns
SET t.boundary = boundary.geoJson
RETURN count(t) AS written

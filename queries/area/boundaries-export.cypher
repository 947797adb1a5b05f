// Every uploaded boundary of the exporting user's towns, in town-code order: the backup's boundaries.geojson.
MATCH (t:Town)
WHERE t.boundary IS NOT NULL
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN t.code AS code, t.boundary AS boundary
ORDER BY t.code

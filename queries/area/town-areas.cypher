// The towns asked about ($townCodes; null: every town) that the user may see, each with its uploaded boundary
// (a GeoJSON geometry) or null.
MATCH (t:Town)
WHERE ($townCodes IS NULL OR t.code IN $townCodes)
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN {town: t {.code, .name}, boundary: t.boundary} AS area
ORDER BY t.code

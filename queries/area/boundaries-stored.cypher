// The towns a boundaries file names, each with the boundary stored for it (or null) and whether the user may
// change it: a user bound to towns uploads their towns' boundaries only. A code that names no town is absent.
MATCH (t:Town)
WHERE t.code IN $codes
RETURN {code: t.code, boundary: t.boundary, mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS town

MATCH (t:Town)
WHERE t.code IN $codes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN t {.code, .name} AS town

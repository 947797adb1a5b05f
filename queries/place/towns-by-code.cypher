MATCH (t:Town)
WHERE t.code IN $codes
RETURN t {.code, .name} AS town

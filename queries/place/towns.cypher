MATCH (t:Town)
RETURN t {.code, .name} AS town
ORDER BY t.code

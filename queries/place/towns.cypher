// Every town the user may see: all of them, or ($userTowns) the user's own.
MATCH (t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN t {.code, .name} AS town
ORDER BY t.code

// The stored towns among $keys, as the properties a towns ledger row carries.
UNWIND $keys AS key
MATCH (t:Town {code: key.code})
RETURN {properties: t {.code, .name},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR t.code IN $userTowns} AS stored

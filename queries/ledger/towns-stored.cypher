// The stored towns among $keys, as the properties a towns ledger row carries.
UNWIND $keys AS key
MATCH (t:Town {code: key.code})
RETURN t {.code, .name} AS properties

// Every record of one ledger, in key order, as the properties an import row carries: the backup's content.
MATCH (t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN t {.code, .name} AS properties
ORDER BY t.code

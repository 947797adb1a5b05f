// Every duty the user may see, in key order, as the properties an import row carries: the backup's.
MATCH (d:Duty)
WHERE $userTowns IS NULL OR d.holderCode IN $userTowns
RETURN d {.id, .holderCode, .kind, .title, .year, .dueOn, .weight} AS properties
ORDER BY d.id

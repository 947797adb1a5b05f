// Town scope is checked row by row before; the guard keeps a write inside the user's towns regardless.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.code IN $userTowns
MERGE (t:Town {code: row.code})
SET t.name = row.name

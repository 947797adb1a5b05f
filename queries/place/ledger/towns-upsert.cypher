// Town scope is checked row by row before; the guard keeps a write inside the user's towns regardless.
// Every upsert answers, per row, whether it created the record and what it replaced, read under the record's
// lock (the marker set on match takes it): concurrent imports of the same key each learn what they really did.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.code IN $userTowns
MERGE (t:Town {code: row.code})
  ON CREATE SET t.upsertCreated = true
  ON MATCH SET t.upsertCreated = false
WITH row, t, t.upsertCreated AS created
REMOVE t.upsertCreated
WITH row, t, created, CASE WHEN created THEN null ELSE t {.code, .name} END AS before
SET t.name = row.name
RETURN [row.code] AS key, created, before

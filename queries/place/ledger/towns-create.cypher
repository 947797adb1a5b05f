// The rows the stored look-up found absent: each is created, with no "before" to read and no old tie to remove.
// A key another import created since the look-up is matched, not changed, and left out of the answer: the import
// then writes that row with towns-upsert, under the record's lock. Answers the keys this statement created.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.code IN $userTowns
MERGE (t:Town {code: row.code})
  ON CREATE SET t.upsertCreated = true,
                t.name = row.name
WITH row, t
WHERE t.upsertCreated
REMOVE t.upsertCreated
RETURN [row.code] AS key

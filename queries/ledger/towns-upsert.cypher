UNWIND $rows AS row
MERGE (t:Town {code: row.code})
SET t.name = row.name

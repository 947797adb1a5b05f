// A meeting is a node known by its day and body. Answers, per row, whether it created the meeting and what it
// replaced, read under the meeting's lock.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL
MERGE (m:Meeting {date: row.date, body: row.body})
  ON CREATE SET m.upsertCreated = true
  ON MATCH SET m.upsertCreated = false
WITH row, m, m.upsertCreated AS created
REMOVE m.upsertCreated
WITH row, m, created, CASE WHEN created THEN null ELSE m {.date, .body, .topic} END AS before
SET m.topic = row.topic
RETURN [row.date, row.body] AS key, created, before

// Ended pairings keep their until date and stay in the graph as history.
// Answers, per row, whether it created the pairing and what it replaced, read under the pairing's lock.
UNWIND $rows AS row
// one village and one enterprise per row, each by its key: two look-ups, not a disconnected pattern
MATCH (v:Village {code: row.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
WITH row, v
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
MERGE (e)-[p:PAIRED_WITH]->(v)
  ON CREATE SET p.upsertCreated = true
  ON MATCH SET p.upsertCreated = false
WITH row, e, p, v, p.upsertCreated AS created
REMOVE p.upsertCreated
WITH row, e, p, v, created,
     CASE WHEN created THEN null
          ELSE {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until} END AS before
SET p.since = row.since,
    p.until = row.until
RETURN [row.enterpriseCreditCode, row.villageCode] AS key, created, before

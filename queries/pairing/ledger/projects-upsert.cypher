// A co-construction project is carried out by one enterprise for one village.
// Answers, per row, whether it created the project and what it replaced, read under the project's lock.
UNWIND $rows AS row
// one village and one enterprise per row, each by its key: two look-ups, not a disconnected pattern
MATCH (v:Village {code: row.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
WITH row, v
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
MERGE (p:Project {id: row.id})
  ON CREATE SET p.upsertCreated = true
  ON MATCH SET p.upsertCreated = false
WITH row, e, p, v, p.upsertCreated AS created
REMOVE p.upsertCreated
WITH row, e, p, v, created,
     CASE WHEN created THEN null
          ELSE p {.id, .name, enterpriseCreditCode: [(old:Enterprise)-[:CARRIES_OUT]->(p) | old.creditCode][0],
                  villageCode: [(p)-[:BENEFITS]->(old:Village) | old.code][0], .status, .started, .investmentWan} END
       AS before
SET p.name = row.name,
    p.status = row.status,
    p.started = row.started,
    p.investmentWan = row.investmentWan
WITH row, p, e, v, created, before
CALL (p, e, v) {
  MATCH (other:Enterprise)-[old:CARRIES_OUT]->(p) WHERE other <> e
  DELETE old
}
CALL (p, e, v) {
  MATCH (p)-[old:BENEFITS]->(other:Village) WHERE other <> v
  DELETE old
}
MERGE (e)-[:CARRIES_OUT]->(p)
MERGE (p)-[:BENEFITS]->(v)
RETURN [row.id] AS key, created, before

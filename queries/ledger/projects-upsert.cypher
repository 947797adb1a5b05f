// A co-construction project is carried out by one enterprise for one village.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode}), (v:Village {code: row.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (p:Project {id: row.id})
SET p.name = row.name,
    p.status = row.status,
    p.started = row.started,
    p.investmentWan = row.investmentWan
WITH p, e, v
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

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to projects-upsert.
UNWIND $rows AS row
MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
MATCH (v:Village {code: row.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (p:Project {id: row.id})
  ON CREATE SET p.upsertCreated = true,
                p.name = row.name,
                p.status = row.status,
                p.started = row.started,
                p.investmentWan = row.investmentWan
WITH row, e, v, p
WHERE p.upsertCreated
REMOVE p.upsertCreated
CREATE (e)-[:CARRIES_OUT]->(p)
CREATE (p)-[:BENEFITS]->(v)
RETURN [row.id] AS key

UNWIND $keys AS key
MATCH (p:Project {id: key.id})
OPTIONAL MATCH (e:Enterprise)-[:CARRIES_OUT]->(p)
OPTIONAL MATCH (p)-[:BENEFITS]->(v:Village)
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS properties

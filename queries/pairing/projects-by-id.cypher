MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)
WHERE p.id IN $ids
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS project

// Every project for these villages, whichever enterprise carries it out.
MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)
WHERE v.code IN $villageCodes
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS project
ORDER BY p.id

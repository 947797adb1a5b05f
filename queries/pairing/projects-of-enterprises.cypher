// Every project these enterprises carry out, for whichever village.
MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)
WHERE e.creditCode IN $creditCodes
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS project
ORDER BY p.id

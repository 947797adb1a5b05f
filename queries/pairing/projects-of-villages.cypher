// Every project for these villages, whichever enterprise carries it out.
MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)
WHERE v.code IN $villageCodes
  AND ($userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS project
ORDER BY p.id

MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS properties
ORDER BY p.id

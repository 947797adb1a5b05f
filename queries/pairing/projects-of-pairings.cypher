// The projects each enterprise carries out for the village it is paired with.
UNWIND $pairings AS pairing
MATCH (e:Enterprise {creditCode: pairing.enterpriseCreditCode})-[:CARRIES_OUT]->(p:Project)
      -[:BENEFITS]->(v:Village {code: pairing.villageCode})
WHERE $userTowns IS NULL OR EXISTS { (v)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
RETURN p {.id, .name, enterpriseCreditCode: e.creditCode, villageCode: v.code, .status, .started, .investmentWan}
       AS project
ORDER BY p.id

MATCH (r:Representative)
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
WITH r, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
RETURN r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level, enterpriseCreditCode: e.creditCode,
          townCode: t.code, .phone} AS properties
ORDER BY r.id

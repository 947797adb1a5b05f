// Representatives by id; a user bound to towns sees those of their towns.
MATCH (r:Representative)
WHERE r.id IN $ids
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
WITH r, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
RETURN r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level, .phone,
          enterpriseCreditCode: e.creditCode, townCode: t.code} AS representative

MATCH (r:Representative)
WHERE r.id IN $ids
OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
RETURN r {.id, .name, .gender, .ethnicity, .category, .level,
          enterpriseCreditCode: e.creditCode, townCode: t.code} AS representative

UNWIND $keys AS key
MATCH (r:Representative {id: key.id})
OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
RETURN r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level,
          enterpriseCreditCode: e.creditCode, townCode: t.code, .phone} AS properties

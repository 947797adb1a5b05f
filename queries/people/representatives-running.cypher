// Who runs these enterprises: the representatives of the private economy behind them.
MATCH (r:Representative)-[:RUNS]->(e:Enterprise)
WHERE e.creditCode IN $creditCodes
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
RETURN r {.id, .name, .gender, .ethnicity, .category, .level,
          enterpriseCreditCode: e.creditCode, townCode: t.code} AS representative
ORDER BY r.id

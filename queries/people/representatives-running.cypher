// Who runs these enterprises: the representatives of the private economy behind them, as the user may see them.
MATCH (r:Representative)-[:RUNS]->(e:Enterprise)
WHERE e.creditCode IN $creditCodes
OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
WITH r, e, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level, .phone,
          enterpriseCreditCode: e.creditCode, townCode: t.code} AS representative
ORDER BY r.id

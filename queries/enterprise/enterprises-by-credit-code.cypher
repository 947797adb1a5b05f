// Enterprises by credit code. A user bound to towns sees the enterprises of those towns, and those paired
// with one of their villages, so that the town's own pairings are whole.
MATCH (e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE e.creditCode IN $creditCodes
  AND ($userTowns IS NULL OR t.code IN $userTowns
       OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
RETURN e {.creditCode, .name, townCode: t.code, .industry, .ownership, .employees, .latitude, .longitude}
       AS enterprise

// Enterprises paired on $asOf with more than $load villages, most first: those of town $townCode, or paired with
// one of its villages (all of the district's when null), as the user may see them; a village not yet established
// on $asOf is not counted.
MATCH (e:Enterprise)-[:IN_TOWN]->(et:Town)
WHERE ($userTowns IS NULL OR et.code IN $userTowns
       OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
  AND ($townCode IS NULL OR et.code = $townCode
       OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(:Town {code: $townCode}) })
WITH e, et,
     COUNT { (e)-[p:PAIRED_WITH]->(v:Village)
             WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
               AND coalesce(v.establishedOn <= $asOf, true) } AS paired
WHERE paired > $load
RETURN {enterprise: e {.creditCode, .name, townCode: et.code, .industry, .ownership, .employees, .latitude,
                       .longitude},
        pairedVillages: paired} AS overloaded
ORDER BY paired DESC, e.creditCode

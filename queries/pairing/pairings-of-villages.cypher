// Every pairing of these villages, ended ones included, of the villages the user may see. With each, its
// enterprise as enterprise/enterprises-by-credit-code reads it for this user (paired with one of their villages,
// it is one they may see), so that asking for it costs no second statement; none for an enterprise with no town,
// which that look-up leaves out too.
MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE v.code IN $villageCodes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN {enterpriseCreditCode: e.creditCode, villageCode: v.code, since: p.since, until: p.until,
        enterprise: [(e)-[:IN_TOWN]->(et:Town)
                     | e {.creditCode, .name, townCode: et.code, .industry, .ownership, .employees, .latitude,
                          .longitude}][0]} AS pairing
ORDER BY p.since DESC, e.creditCode

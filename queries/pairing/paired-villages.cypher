// Those of these villages with a pairing that holds today: started (since today or before) and not ended (no
// until, or until today or later).
MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE v.code IN $villageCodes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
  AND EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
RETURN v.code AS code

// Those of these villages with a pairing that has not ended: no until, or until today or later.
MATCH (v:Village)
WHERE v.code IN $villageCodes
  AND EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.until IS NULL OR p.until >= $today }
RETURN v.code AS code

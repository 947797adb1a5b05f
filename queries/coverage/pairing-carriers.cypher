// Which enterprises carry the pairings current on $asOf with the villages of town $townCode (or of the district,
// as the user may see it): per industry and per ownership, how many enterprises, pairings and villages.
// Unknown industry or ownership is its own group (null). A village not yet established on $asOf is left out.
MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
  AND ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
  AND coalesce(v.establishedOn <= $asOf, true)
WITH e, v
CALL (e, v) {
  RETURN 'INDUSTRY' AS by, e.industry AS key
  UNION ALL
  RETURN 'OWNERSHIP' AS by, e.ownership AS key
}
WITH by, key, count(DISTINCT e) AS enterprises, count(*) AS pairings, count(DISTINCT v) AS villages
ORDER BY by, pairings DESC, key
RETURN {by: by, key: key, enterprises: enterprises, pairings: pairings, villages: villages} AS carrier

// The villages with no current pairing, of one town or ($townCode null) of the district:
// how many there are, and a page of up to $limit of them after the village code $after, in code order.
CALL () {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE ($townCode IS NULL OR t.code = $townCode)
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.until IS NULL OR p.until >= $today }
  RETURN count(v) AS totalCount
}
CALL () {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE ($townCode IS NULL OR t.code = $townCode)
    AND ($after IS NULL OR v.code > $after)
    AND NOT EXISTS { (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.until IS NULL OR p.until >= $today }
  WITH v, t
  ORDER BY v.code
  LIMIT $limit
  RETURN collect(v {.code, .name, townCode: t.code, .kind, .households, .latitude, .longitude}) AS page
}
RETURN totalCount, page

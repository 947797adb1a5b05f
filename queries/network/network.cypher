// The network around one person, enterprise, village or town ($id, its natural key): everything reachable over
// the tie types $types within $depth hops (at most 3), nearest first, at most $limit nodes besides the start,
// and the ties among them. Friendships and pairings formed before $since, or ended before $today, are left out.
// Personal data (phone, birth year) is never among the properties. A user bound to towns walks only through
// their towns.
CALL () {
  MATCH (n:Leader {id: $id}) RETURN n
  UNION
  MATCH (n:Representative {id: $id}) RETURN n
  UNION
  MATCH (n:Enterprise {creditCode: $id}) RETURN n
  UNION
  MATCH (n:Village {code: $id}) RETURN n
  UNION
  MATCH (n:Town {code: $id}) RETURN n
}
WITH n AS start
LIMIT 1
CALL (start) {
  OPTIONAL MATCH path = (start)-[ties:BEFRIENDS|RUNS|PAIRED_WITH|IN_TOWN*1..3]-(other)
  WHERE length(path) <= $depth
    AND all(tie IN ties WHERE type(tie) IN $types
            AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
            AND (tie.until IS NULL OR tie.until >= $today))
    AND all(x IN nodes(path) WHERE x:Leader OR x:Representative OR x:Enterprise OR x:Village OR x:Town)
    AND ($userTowns IS NULL OR all(x IN nodes(path) WHERE
           (x:Town AND x.code IN $userTowns)
           OR EXISTS { (x)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
           OR (x:Leader AND NOT EXISTS { (x)-[:IN_TOWN]->() })
           OR (x:Enterprise AND EXISTS { (x)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })))
  WITH other, min(length(path)) AS distance
  WHERE other IS NOT NULL AND other <> start
  ORDER BY distance, coalesce(other.code, other.creditCode, other.id)
  RETURN collect(other) AS reached
}
WITH start, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH [start] + kept AS members, truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[tie]->(b)
  WHERE b IN members AND type(tie) IN $types
    AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
    AND (tie.until IS NULL OR tie.until >= $today)
  RETURN collect({from: coalesce(a.code, a.creditCode, a.id), to: coalesce(b.code, b.creditCode, b.id),
                  type: type(tie),
                  properties: [key IN keys(tie) WHERE key <> 'ledgerLastContact'
                               | {key: key, value: toString(tie[key])}]}) AS ties
}
RETURN {
  nodes: [m IN members | {
    id: coalesce(m.code, m.creditCode, m.id),
    kind: CASE WHEN m:Leader THEN 'LEADER' WHEN m:Representative THEN 'REPRESENTATIVE'
               WHEN m:Enterprise THEN 'ENTERPRISE' WHEN m:Village THEN 'VILLAGE' ELSE 'TOWN' END,
    label: m.name,
    properties: [key IN keys(m) WHERE NOT key IN ['name', 'phone', 'birthYear', 'location', 'code', 'creditCode', 'id']
                 | {key: key, value: toString(m[key])}]
  }],
  edges: ties,
  truncated: truncated
} AS network

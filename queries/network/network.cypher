// The network around one person, enterprise, village, town or site ($id, its natural key): everything reachable over
// the tie types $types within $depth hops (at most 3), nearest first, at most $limit nodes with the start among
// them, and the ties among them. Friendships and pairings formed before $since, or ended before $today, are left
// out. Personal data (phone, birth year) is never among the properties. A user bound to towns walks only through
// their towns, and a start outside them is not found at all.
//
// A breadth-first walk, one hop at a time: each hop expands only the nodes the last one kept, and takes at most
// $limit new nodes (nearest first, then by key), so the work is bounded by depth and limit, not by the number of
// paths. Taking one node more than there is room for says whether the limit cut the answer short.
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
  UNION
  MATCH (n:Site {id: $id}) RETURN n
}
WITH n AS start
WHERE $userTowns IS NULL
   OR (start:Town AND start.code IN $userTowns)
   OR EXISTS { (start)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
   OR (start:Leader AND NOT EXISTS { (start)-[:IN_TOWN]->() })
   OR (start:Enterprise AND EXISTS { (start)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
WITH start
LIMIT 1
WITH start, [] AS kept, [start] AS frontier, false AS truncated
// hop 1: the new nodes next to the last hop's, nearest first, while there is room
CALL (start, kept, frontier, truncated) {
  WITH start, kept, frontier
  WHERE $depth >= 1 AND NOT truncated
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[tie:BEFRIENDS|RUNS|PAIRED_WITH|IN_TOWN]-(other)
    WHERE type(tie) IN $types
      AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
      AND (tie.until IS NULL OR tie.until >= $today)
      AND (other:Leader OR other:Representative OR other:Enterprise OR other:Village OR other:Town OR other:Site)
      AND ($userTowns IS NULL
           OR (other:Town AND other.code IN $userTowns)
           OR EXISTS { (other)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
           OR (other:Leader AND NOT EXISTS { (other)-[:IN_TOWN]->() })
           OR (other:Enterprise AND EXISTS { (other)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns }))
    RETURN DISTINCT other
  }
  WITH other, start, kept
  WHERE other <> start AND NOT other IN kept
  WITH other
  ORDER BY coalesce(other.code, other.creditCode, other.id)
  LIMIT $limit
  RETURN collect(other) AS reached
}
WITH start, kept, truncated, $limit - 1 - size(kept) AS room, reached
WITH start, kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated
// hop 2: the new nodes next to the last hop's, nearest first, while there is room
CALL (start, kept, frontier, truncated) {
  WITH start, kept, frontier
  WHERE $depth >= 2 AND NOT truncated
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[tie:BEFRIENDS|RUNS|PAIRED_WITH|IN_TOWN]-(other)
    WHERE type(tie) IN $types
      AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
      AND (tie.until IS NULL OR tie.until >= $today)
      AND (other:Leader OR other:Representative OR other:Enterprise OR other:Village OR other:Town OR other:Site)
      AND ($userTowns IS NULL
           OR (other:Town AND other.code IN $userTowns)
           OR EXISTS { (other)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
           OR (other:Leader AND NOT EXISTS { (other)-[:IN_TOWN]->() })
           OR (other:Enterprise AND EXISTS { (other)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns }))
    RETURN DISTINCT other
  }
  WITH other, start, kept
  WHERE other <> start AND NOT other IN kept
  WITH other
  ORDER BY coalesce(other.code, other.creditCode, other.id)
  LIMIT $limit
  RETURN collect(other) AS reached
}
WITH start, kept, truncated, $limit - 1 - size(kept) AS room, reached
WITH start, kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated
// hop 3: the new nodes next to the last hop's, nearest first, while there is room
CALL (start, kept, frontier, truncated) {
  WITH start, kept, frontier
  WHERE $depth >= 3 AND NOT truncated
  CALL (frontier) {
    UNWIND frontier AS a
    MATCH (a)-[tie:BEFRIENDS|RUNS|PAIRED_WITH|IN_TOWN]-(other)
    WHERE type(tie) IN $types
      AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
      AND (tie.until IS NULL OR tie.until >= $today)
      AND (other:Leader OR other:Representative OR other:Enterprise OR other:Village OR other:Town OR other:Site)
      AND ($userTowns IS NULL
           OR (other:Town AND other.code IN $userTowns)
           OR EXISTS { (other)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
           OR (other:Leader AND NOT EXISTS { (other)-[:IN_TOWN]->() })
           OR (other:Enterprise AND EXISTS { (other)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns }))
    RETURN DISTINCT other
  }
  WITH other, start, kept
  WHERE other <> start AND NOT other IN kept
  WITH other
  ORDER BY coalesce(other.code, other.creditCode, other.id)
  LIMIT $limit
  RETURN collect(other) AS reached
}
WITH start, kept, truncated, $limit - 1 - size(kept) AS room, reached
WITH start, kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated
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
               WHEN m:Enterprise THEN 'ENTERPRISE' WHEN m:Village THEN 'VILLAGE' WHEN m:Site THEN 'SITE'
               ELSE 'TOWN' END,
    label: m.name,
    properties: [key IN keys(m) WHERE NOT key IN ['name', 'phone', 'birthYear', 'location', 'code', 'creditCode', 'id']
                 | {key: key, value: toString(m[key])}]
  }],
  edges: ties,
  truncated: truncated
} AS network

// Who can reach whom: every shortest path (at most 10) between two people, enterprises or villages, over
// current friendships, who runs what, and current pairings (none ended before $today), within $maxHops ties,
// through what the user may see. An end outside the user's towns is as unknown as one that does not exist.
//
// ALL SHORTEST with the conditions inside the pattern is a breadth-first search that never falls back to trying
// every path (as shortestPath() does when a condition can only be checked on a whole path): it stops at the
// shortest length (and at 6 ties), and of those paths the first 10 within $maxHops are kept. (SHORTEST 10 went on
// looking for longer paths once the shortest were found, only to drop them: from a leader with 1,000 friends, 35,000
// database hits instead of a few thousand.)
CALL () {
  MATCH (n:Leader {id: $fromId}) RETURN n UNION MATCH (n:Representative {id: $fromId}) RETURN n
  UNION MATCH (n:Enterprise {creditCode: $fromId}) RETURN n UNION MATCH (n:Village {code: $fromId}) RETURN n
}
WITH n AS origin
WHERE $userTowns IS NULL
   OR EXISTS { (origin)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
   OR (origin:Leader AND NOT EXISTS { (origin)-[:IN_TOWN]->() })
   OR (origin:Enterprise AND EXISTS { (origin)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
WITH origin LIMIT 1
CALL () {
  MATCH (n:Leader {id: $toId}) RETURN n UNION MATCH (n:Representative {id: $toId}) RETURN n
  UNION MATCH (n:Enterprise {creditCode: $toId}) RETURN n UNION MATCH (n:Village {code: $toId}) RETURN n
}
WITH origin, n AS target
WHERE target <> origin
WITH origin, target LIMIT 1
MATCH path = ALL SHORTEST (origin)
             (()-[tie:BEFRIENDS|RUNS|PAIRED_WITH WHERE tie.until IS NULL OR tie.until >= $today]-
              (x:Leader|Representative|Enterprise|Village
                WHERE $userTowns IS NULL
                   OR EXISTS { (x)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
                   OR (x:Leader AND NOT EXISTS { (x)-[:IN_TOWN]->() })
                   OR (x:Enterprise AND EXISTS { (x)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns }))){1,6}
             (target)
WITH path
LIMIT 10
WITH path
WHERE length(path) <= $maxHops
RETURN {
  nodes: [x IN nodes(path) | {
    id: coalesce(x.code, x.creditCode, x.id),
    kind: CASE WHEN x:Leader THEN 'LEADER' WHEN x:Representative THEN 'REPRESENTATIVE'
               WHEN x:Enterprise THEN 'ENTERPRISE' ELSE 'VILLAGE' END,
    label: x.name, role: x.role, category: x.category}],
  ties: [tie IN relationships(path) | {type: type(tie),
                                       from: coalesce(startNode(tie).code, startNode(tie).creditCode, startNode(tie).id),
                                       to: coalesce(endNode(tie).code, endNode(tie).creditCode, endNode(tie).id)}]
} AS path

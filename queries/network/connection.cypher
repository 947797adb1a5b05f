// Who can reach whom: every shortest path (at most 10) between two people, enterprises or villages, over
// current friendships, who runs what, and current pairings (none ended before $today), within $maxHops ties,
// through what the user may see.
CALL () {
  MATCH (n:Leader {id: $fromId}) RETURN n UNION MATCH (n:Representative {id: $fromId}) RETURN n
  UNION MATCH (n:Enterprise {creditCode: $fromId}) RETURN n UNION MATCH (n:Village {code: $fromId}) RETURN n
}
WITH n AS origin LIMIT 1
CALL () {
  MATCH (n:Leader {id: $toId}) RETURN n UNION MATCH (n:Representative {id: $toId}) RETURN n
  UNION MATCH (n:Enterprise {creditCode: $toId}) RETURN n UNION MATCH (n:Village {code: $toId}) RETURN n
}
WITH origin, n AS target LIMIT 1
MATCH path = allShortestPaths((origin)-[:BEFRIENDS|RUNS|PAIRED_WITH*..6]-(target))
WHERE length(path) <= $maxHops
  AND all(tie IN relationships(path) WHERE tie.until IS NULL OR tie.until >= $today)
  AND all(x IN nodes(path) WHERE x:Leader OR x:Representative OR x:Enterprise OR x:Village)
  AND ($userTowns IS NULL OR all(x IN nodes(path) WHERE
         EXISTS { (x)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
         OR (x:Leader AND NOT EXISTS { (x)-[:IN_TOWN]->() })
         OR (x:Enterprise AND EXISTS { (x)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })))
WITH path
LIMIT 10
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

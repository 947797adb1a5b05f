// Key connectors: the people who tie others together in the friendship network (current friendships only).
//  - degree: how many people they are tied to directly.
//  - betweenness: how often they lie inside the shortest paths from leaders to representatives. Each
//    (leader, representative) pair that some path of up to 6 ties joins counts once, shared equally among its
//    shortest paths, and each path credits the people inside it: Brandes' betweenness restricted to those
//    pairs. With more than $sources leaders, only the first $sources by id start paths, which estimates it
//    (source sampling). One breadth-first search per start: ALL SHORTEST with the targets left open.
// Ranked by $by (DEGREE or BETWEENNESS), then by the other score, then by id. A user bound to towns sees, and is
// measured over, only the people they may see.
CALL () {
  MATCH (source:Leader)
  WHERE $userTowns IS NULL OR NOT EXISTS { (source)-[:IN_TOWN]->(t:Town) WHERE NOT t.code IN $userTowns }
  WITH source
  ORDER BY source.id
  LIMIT $sources
  CALL (source) {
    // Conditions inside the pattern choose among paths before the shortest are taken.
    MATCH path = ALL SHORTEST (source)
                 (()-[tie:BEFRIENDS WHERE tie.until IS NULL OR tie.until >= $today]-(x:Leader|Representative
                   WHERE $userTowns IS NULL
                      OR EXISTS { (x)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
                      OR (x:Leader AND NOT EXISTS { (x)-[:IN_TOWN]->() }))){1,6}
                 (target:Representative)
    WITH target, collect(path) AS paths
    UNWIND paths AS path
    UNWIND nodes(path)[1..-1] AS inside
    RETURN inside, 1.0 / size(paths) AS share
  }
  RETURN inside AS person, share
  UNION ALL
  MATCH (person)-[f:BEFRIENDS]-(other)
  WHERE (f.until IS NULL OR f.until >= $today)
    AND (person:Leader OR person:Representative) AND (other:Leader OR other:Representative)
  RETURN DISTINCT person, 0.0 AS share
}
WITH person, sum(share) AS betweenness
WHERE $userTowns IS NULL
   OR EXISTS { (person)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
   OR (person:Leader AND NOT EXISTS { (person)-[:IN_TOWN]->() })
WITH person, betweenness,
     COUNT { (person)-[f:BEFRIENDS]-(other)
             WHERE (f.until IS NULL OR f.until >= $today) AND (other:Leader OR other:Representative)
               AND ($userTowns IS NULL
                    OR EXISTS { (other)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
                    OR (other:Leader AND NOT EXISTS { (other)-[:IN_TOWN]->() })) } AS degree
WHERE degree > 0
ORDER BY CASE $by WHEN 'DEGREE' THEN degree ELSE betweenness END DESC,
         CASE $by WHEN 'DEGREE' THEN betweenness ELSE degree END DESC,
         person.id
LIMIT $first
RETURN {id: person.id, kind: CASE WHEN person:Leader THEN 'LEADER' ELSE 'REPRESENTATIVE' END, name: person.name,
        degree: degree, betweenness: betweenness} AS connector

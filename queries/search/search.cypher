// People, enterprises, villages, towns and sites whose name matches $fulltext (the full-text index, two characters
// or more), or whose name, id or code starts with $text; of the kinds asked for, in the user's towns. The record
// whose id or code is $text itself comes first.
CALL () {
  CALL db.index.fulltext.queryNodes('search_names', $fulltext) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Leader) WHERE node.name STARTS WITH $text OR node.id STARTS WITH $text
  RETURN node, 1.0 AS score
  UNION
  MATCH (node:Representative) WHERE node.name STARTS WITH $text OR node.id STARTS WITH $text
  RETURN node, 1.0 AS score
  UNION
  MATCH (node:Enterprise) WHERE node.name STARTS WITH $text OR node.creditCode STARTS WITH $text
  RETURN node, 1.0 AS score
  UNION
  MATCH (node:Village) WHERE node.name STARTS WITH $text OR node.code STARTS WITH $text
  RETURN node, 1.0 AS score
  UNION
  MATCH (node:Town) WHERE node.name STARTS WITH $text OR node.code STARTS WITH $text
  RETURN node, 1.0 AS score
  UNION
  MATCH (node:Site) WHERE node.name STARTS WITH $text OR node.id STARTS WITH $text
  RETURN node, 1.0 AS score
}
WITH node, max(score) AS score
// a key typed whole names its record first, before the records whose keys it begins (a town's villages)
WITH node, score, coalesce(node.code, node.creditCode, node.id) = $text AS exact
WITH node, score, exact,
     CASE WHEN node:Leader THEN 'LEADER' WHEN node:Representative THEN 'REPRESENTATIVE'
          WHEN node:Enterprise THEN 'ENTERPRISE' WHEN node:Village THEN 'VILLAGE' WHEN node:Site THEN 'SITE'
          ELSE 'TOWN' END AS kind,
     CASE WHEN node:Town THEN node ELSE COLLECT { MATCH (node)-[:IN_TOWN]->(t:Town) RETURN t }[0] END AS town
WHERE ($kinds IS NULL OR kind IN $kinds)
  AND ($userTowns IS NULL OR town.code IN $userTowns OR (kind = 'LEADER' AND town IS NULL))
RETURN {kind: kind, id: coalesce(node.code, node.creditCode, node.id), label: node.name,
        detail: CASE kind
                  WHEN 'LEADER' THEN node.role
                  WHEN 'REPRESENTATIVE' THEN node.category
                  WHEN 'ENTERPRISE' THEN node.industry
                  WHEN 'VILLAGE' THEN node.kind
                  WHEN 'SITE' THEN node.kind
                  ELSE null END,
        townName: CASE WHEN kind = 'TOWN' THEN null ELSE town.name END,
        score: score} AS hit, exact
ORDER BY exact DESC, hit.score DESC, hit.label, hit.id
LIMIT $first

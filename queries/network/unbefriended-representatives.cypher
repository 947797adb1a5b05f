// Representatives no leader befriends now (no friendship, or only ended ones), filtered by category, level and
// town: how many there are, and a page of up to $fetch after the id $after, walking the representative_id
// index in order. A user bound to towns sees their towns' representatives.
// A town outside the user's towns is as unknown as one that does not exist.
OPTIONAL MATCH (town:Town {code: $townCode})
WHERE $userTowns IS NULL OR town.code IN $userTowns
WITH town
WHERE $townCode IS NULL OR town IS NOT NULL
CALL (town) {
  MATCH (r:Representative)
  WHERE ($category IS NULL OR r.category = $category)
    AND ($level IS NULL OR r.level = $level)
    AND (town IS NULL OR EXISTS { (r)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND NOT EXISTS { (:Leader)-[f:BEFRIENDS]->(r) WHERE f.until IS NULL OR f.until >= $today }
  RETURN count(r) AS totalCount
}
CALL (town) {
  MATCH (r:Representative)
  WHERE r.id > coalesce($after, '')
    AND ($category IS NULL OR r.category = $category)
    AND ($level IS NULL OR r.level = $level)
    AND (town IS NULL OR EXISTS { (r)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND NOT EXISTS { (:Leader)-[f:BEFRIENDS]->(r) WHERE f.until IS NULL OR f.until >= $today }
  WITH r
  ORDER BY r.id
  LIMIT $fetch
  OPTIONAL MATCH (r)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (r)-[:RUNS]->(e:Enterprise)
  RETURN collect(r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level, .phone,
                    enterpriseCreditCode: e.creditCode, townCode: t.code}) AS page
}
RETURN {totalCount: totalCount, page: page} AS representatives

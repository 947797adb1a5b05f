// A page of the member ledger in id order after $after, up to $fetch, and how many match over all pages: by the
// members' values today, a representative or not, in the ledger on $asOf, and by name ($fulltext through the
// full-text index, or the start of $name). Without a name the page walks the member_id index in order. A user
// bound to towns sees their towns' members.
CALL () {
  WITH $name AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('member_name_search', $fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL (named) {
  MATCH (m:Member)
  WHERE ($name IS NULL OR m.name STARTS WITH $name
         OR m IN named)
    AND ($category IS NULL OR m.category = $category)
    AND ($tier IS NULL OR m.tier = $tier)
    AND ($asOf IS NULL OR (m.joinedOn <= $asOf AND (m.leftOn IS NULL OR m.leftOn > $asOf)))
    AND ($townCode IS NULL OR EXISTS { (m)-[:IN_TOWN]->(:Town {code: $townCode}) })
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($villageCode IS NULL OR EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $villageCode}) })
    AND ($unitCode IS NULL OR EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $unitCode}) })
    AND ($representative IS NULL
         OR ($representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  RETURN count(m) AS totalCount
}
CALL (named) {
  MATCH (m:Member)
  WHERE m.id > coalesce($after, '')
    AND ($name IS NULL OR m.name STARTS WITH $name
         OR m IN named)
    AND ($category IS NULL OR m.category = $category)
    AND ($tier IS NULL OR m.tier = $tier)
    AND ($asOf IS NULL OR (m.joinedOn <= $asOf AND (m.leftOn IS NULL OR m.leftOn > $asOf)))
    AND ($townCode IS NULL OR EXISTS { (m)-[:IN_TOWN]->(:Town {code: $townCode}) })
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($villageCode IS NULL OR EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $villageCode}) })
    AND ($unitCode IS NULL OR EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $unitCode}) })
    AND ($representative IS NULL
         OR ($representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  WITH m
  ORDER BY m.id
  LIMIT $fetch
  OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (m)-[:IN_VILLAGE]->(v:Village)
  OPTIONAL MATCH (m)-[:IN_UNIT]->(u:Unit)
  OPTIONAL MATCH (m)-[:IS_REPRESENTATIVE]->(r:Representative)
  WITH m, t, v, u, r
  ORDER BY m.id
  RETURN collect(m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier, townCode: t.code,
                    villageCode: v.code, unitCode: u.code, representativeId: r.id,
                    .joinedOn, .leftOn, .phone, .workplace}) AS page
}
RETURN {totalCount: totalCount, page: page} AS members

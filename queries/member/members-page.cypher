// A page of the member ledger in id order after $after, up to $fetch, and how many match over all pages: a
// representative or not, in the ledger on $asOf, by name ($fulltext through the full-text index, or the start of
// $name), and by category, tier, town, village and unit: those in force on $asOf, read back from the history by
// member/values-on (the rule the work report counts by), or today's without $asOf. The rows show the values they
// were filtered by. Without a name the page walks the member_id index in order. A user bound to towns sees the
// members of their towns today, whatever the day asked.
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
    AND ($asOf IS NULL OR (m.joinedOn <= $asOf AND (m.leftOn IS NULL OR m.leftOn > $asOf)))
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($representative IS NULL
         OR ($representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  WITH m, $asOf AS day
  // include: member/values-on
  WITH m, was
  WHERE ($category IS NULL OR coalesce(was.CATEGORY, {value: m.category}).value = $category)
    AND ($tier IS NULL OR coalesce(was.TIER, {value: m.tier}).value = $tier)
    AND ($townCode IS NULL OR CASE WHEN was.TOWN IS NULL
                                   THEN EXISTS { (m)-[:IN_TOWN]->(:Town {code: $townCode}) }
                                   ELSE was.TOWN.value = $townCode END)
    AND ($villageCode IS NULL OR CASE WHEN was.VILLAGE IS NULL
                                      THEN EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $villageCode}) }
                                      ELSE was.VILLAGE.value = $villageCode END)
    AND ($unitCode IS NULL OR CASE WHEN was.UNIT IS NULL
                                   THEN EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $unitCode}) }
                                   ELSE was.UNIT.value = $unitCode END)
  RETURN count(m) AS totalCount
}
CALL (named) {
  MATCH (m:Member)
  WHERE m.id > coalesce($after, '')
    AND ($name IS NULL OR m.name STARTS WITH $name
         OR m IN named)
    AND ($asOf IS NULL OR (m.joinedOn <= $asOf AND (m.leftOn IS NULL OR m.leftOn > $asOf)))
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($representative IS NULL
         OR ($representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  WITH m, $asOf AS day
  // include: member/values-on
  WITH m, was
  WHERE ($category IS NULL OR coalesce(was.CATEGORY, {value: m.category}).value = $category)
    AND ($tier IS NULL OR coalesce(was.TIER, {value: m.tier}).value = $tier)
    AND ($townCode IS NULL OR CASE WHEN was.TOWN IS NULL
                                   THEN EXISTS { (m)-[:IN_TOWN]->(:Town {code: $townCode}) }
                                   ELSE was.TOWN.value = $townCode END)
    AND ($villageCode IS NULL OR CASE WHEN was.VILLAGE IS NULL
                                      THEN EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $villageCode}) }
                                      ELSE was.VILLAGE.value = $villageCode END)
    AND ($unitCode IS NULL OR CASE WHEN was.UNIT IS NULL
                                   THEN EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $unitCode}) }
                                   ELSE was.UNIT.value = $unitCode END)
  WITH m, was
  ORDER BY m.id
  LIMIT $fetch
  OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (m)-[:IN_VILLAGE]->(v:Village)
  OPTIONAL MATCH (m)-[:IN_UNIT]->(u:Unit)
  OPTIONAL MATCH (m)-[:IS_REPRESENTATIVE]->(r:Representative)
  WITH m, was, t, v, u, r
  ORDER BY m.id
  RETURN collect(m {.id, .name, .gender, .birthYear, .ethnicity,
                    category: coalesce(was.CATEGORY, {value: m.category}).value,
                    tier: coalesce(was.TIER, {value: m.tier}).value,
                    townCode: coalesce(was.TOWN, {value: t.code}).value,
                    villageCode: coalesce(was.VILLAGE, {value: v.code}).value,
                    unitCode: coalesce(was.UNIT, {value: u.code}).value,
                    representativeId: r.id, .joinedOn, .leftOn, .phone, .workplace}) AS page
}
RETURN {totalCount: totalCount, page: page} AS members

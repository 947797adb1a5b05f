// A page of the member ledger in id order after $filter.after, up to $fetch, and how many match over all pages
// (only when $filter.counted, since it reads every member: 0 otherwise): a
// representative or not, in the ledger on $filter.asOf, by name ($filter.fulltext through the full-text index, or
// the start of $filter.name), and by category, tier, town, village and unit: those in force on $filter.asOf, read
// back from the history by member/values-on (the rule the work report counts by), or today's without an asOf. The
// rows show the values they were filtered by. Without a name the page walks the member_id index in order. A user
// bound to towns sees the members of their towns today, whatever the day asked. The filter comes as one map,
// whatever it holds: Neo4j keys its plans by the parameters' types, and a null is another type than a string, so
// one parameter per filter gave every combination of filters a plan of its own, each costly to make.
CALL () {
  WITH $filter.name AS name
  WHERE name IS NOT NULL
  CALL db.index.fulltext.queryNodes('member_name_search', $filter.fulltext) YIELD node
  RETURN collect(node) AS named
}
CALL (named) {
  WITH named, $filter.counted AS counted
  WHERE counted
  MATCH (m:Member)
  WHERE ($filter.name IS NULL OR m.name STARTS WITH $filter.name
         OR m IN named)
    AND ($filter.asOf IS NULL OR (m.joinedOn <= $filter.asOf AND (m.leftOn IS NULL OR m.leftOn > $filter.asOf)))
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($filter.representative IS NULL
         OR ($filter.representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $filter.representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  WITH m, $filter.asOf AS day
  // include: member/values-on
  WITH m, was
  WHERE ($filter.category IS NULL OR coalesce(was.CATEGORY, {value: m.category}).value = $filter.category)
    AND ($filter.tier IS NULL OR coalesce(was.TIER, {value: m.tier}).value = $filter.tier)
    AND ($filter.townCode IS NULL OR CASE WHEN was.TOWN IS NULL
                                   THEN EXISTS { (m)-[:IN_TOWN]->(:Town {code: $filter.townCode}) }
                                   ELSE was.TOWN.value = $filter.townCode END)
    AND ($filter.villageCode IS NULL OR CASE WHEN was.VILLAGE IS NULL
                                      THEN EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $filter.villageCode}) }
                                      ELSE was.VILLAGE.value = $filter.villageCode END)
    AND ($filter.unitCode IS NULL OR CASE WHEN was.UNIT IS NULL
                                   THEN EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $filter.unitCode}) }
                                   ELSE was.UNIT.value = $filter.unitCode END)
  RETURN count(m) AS totalCount
}
CALL (named) {
  MATCH (m:Member)
  WHERE m.id > coalesce($filter.after, '')
    AND ($filter.name IS NULL OR m.name STARTS WITH $filter.name
         OR m IN named)
    AND ($filter.asOf IS NULL OR (m.joinedOn <= $filter.asOf AND (m.leftOn IS NULL OR m.leftOn > $filter.asOf)))
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
    AND ($filter.representative IS NULL
         OR ($filter.representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
         OR (NOT $filter.representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
  WITH m, $filter.asOf AS day
  // include: member/values-on
  WITH m, was
  WHERE ($filter.category IS NULL OR coalesce(was.CATEGORY, {value: m.category}).value = $filter.category)
    AND ($filter.tier IS NULL OR coalesce(was.TIER, {value: m.tier}).value = $filter.tier)
    AND ($filter.townCode IS NULL OR CASE WHEN was.TOWN IS NULL
                                   THEN EXISTS { (m)-[:IN_TOWN]->(:Town {code: $filter.townCode}) }
                                   ELSE was.TOWN.value = $filter.townCode END)
    AND ($filter.villageCode IS NULL OR CASE WHEN was.VILLAGE IS NULL
                                      THEN EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $filter.villageCode}) }
                                      ELSE was.VILLAGE.value = $filter.villageCode END)
    AND ($filter.unitCode IS NULL OR CASE WHEN was.UNIT IS NULL
                                   THEN EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $filter.unitCode}) }
                                   ELSE was.UNIT.value = $filter.unitCode END)
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

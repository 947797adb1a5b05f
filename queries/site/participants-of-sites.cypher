// A page of each site's participants: the members who took part in any of its activities, in id order after
// $after, up to $fetch, with how many there are; sites and members the user may see (a user bound to towns sees
// their towns' members, as member/members-by-id). Places by OPTIONAL MATCH: see site-places.
UNWIND $siteIds AS siteId
MATCH (s:Site {id: siteId})
WHERE $userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(st:Town) WHERE st.code IN $userTowns }
CALL (s) {
  MATCH (m:Member)-[:TOOK_PART]->(:SiteActivity)-[:AT_SITE]->(s)
  WHERE $userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(mt:Town) WHERE mt.code IN $userTowns }
  RETURN count(DISTINCT m) AS total
}
CALL (s) {
  MATCH (m:Member)-[:TOOK_PART]->(:SiteActivity)-[:AT_SITE]->(s)
  WHERE m.id > coalesce($after, '')
    AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(mt:Town) WHERE mt.code IN $userTowns })
  WITH DISTINCT m
  ORDER BY m.id
  LIMIT $fetch
  OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
  OPTIONAL MATCH (m)-[:IN_VILLAGE]->(v:Village)
  OPTIONAL MATCH (m)-[:IN_UNIT]->(u:Unit)
  OPTIONAL MATCH (m)-[:IS_REPRESENTATIVE]->(r:Representative)
  WITH m, t, v, u, r
  ORDER BY m.id
  RETURN collect(m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier, townCode: t.code,
                    villageCode: v.code, unitCode: u.code, representativeId: r.id, .joinedOn, .leftOn, .phone,
                    .workplace}) AS page
}
RETURN {siteId: s.id, totalCount: total, page: page} AS participants

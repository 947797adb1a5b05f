// The staff of each site among $siteIds the user may see: those whose siteId names it (the staff ledger names its
// site by id), in id order, at most $largest a site. A user bound to towns sees the staff of their towns, and a
// site's staff with no town of their own. (Places by OPTIONAL MATCH: see site-places.)
MATCH (site:Site)
WHERE site.id IN $siteIds
  AND ($userTowns IS NULL OR EXISTS { (site)-[:IN_TOWN]->(st:Town) WHERE st.code IN $userTowns })
CALL (site) {
  MATCH (s:Staff {siteId: site.id})
  WHERE $userTowns IS NULL OR NOT EXISTS { (s)-[:IN_TOWN]->(ot:Town) WHERE NOT ot.code IN $userTowns }
  WITH s
  ORDER BY s.id
  LIMIT $largest
  RETURN s
}
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
OPTIONAL MATCH (s)-[:IN_VILLAGE]->(v:Village)
WITH site, s, t, v
ORDER BY site.id, s.id
RETURN s {.id, .name, .post, townCode: t.code, villageCode: v.code, .siteId, .fullTime, .since, .until, .phone}
       AS staff

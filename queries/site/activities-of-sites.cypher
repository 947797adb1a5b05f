// A page of each site's activities, newest first (then by title), after the one at ($afterDate, $afterTitle) when
// given, up to $fetch, with how many the site has in all; sites the user may see.
UNWIND $siteIds AS siteId
MATCH (s:Site {id: siteId})
WHERE $userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
CALL (s) {
  MATCH (a:SiteActivity)-[:AT_SITE]->(s)
  RETURN count(a) AS total
}
CALL (s) {
  MATCH (a:SiteActivity)-[:AT_SITE]->(s)
  WHERE $afterDate IS NULL OR a.date < $afterDate OR (a.date = $afterDate AND a.title > $afterTitle)
  WITH a
  ORDER BY a.date DESC, a.title
  LIMIT $fetch
  CALL (a) {
    OPTIONAL MATCH (m:Member)-[:TOOK_PART]->(a)
    RETURN count(m) AS memberCount
  }
  WITH a, memberCount
  ORDER BY a.date DESC, a.title
  RETURN collect({siteId: a.siteId, date: a.date, title: a.title, participants: a.participants,
                  memberCount: memberCount}) AS page
}
RETURN {siteId: s.id, totalCount: total, page: page} AS activities

// Every activity at a site the user may see, in key order, as the properties an import row carries: the backup's.
MATCH (a:SiteActivity)-[:AT_SITE]->(s:Site)
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
WITH a, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN a {.siteId, .date, .title, .participants, .memberIds} AS properties
ORDER BY a.siteId, a.date, a.title

// The stored activities among $keys, as the properties a site_activities row carries; a user bound to towns sees
// and changes those of their towns' sites.
UNWIND $keys AS key
MATCH (a:SiteActivity {siteId: key.siteId, date: key.date, title: key.title})
OPTIONAL MATCH (a)-[:AT_SITE]->(:Site)-[:IN_TOWN]->(t:Town)
WITH a, $userTowns IS NULL OR t.code IN $userTowns AS ours
RETURN {properties: a {.siteId, .date, .title, .participants, .memberIds},
        visible: ours,
        mayChange: ours} AS stored

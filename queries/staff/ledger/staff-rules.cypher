// The rules across records a staff row breaks: a liaison's village must lie in the row's town; and the site a row
// names must exist (and, for a user bound to towns, be one of their towns') once any site has been imported. Staff
// come before sites in the load order, so in a first load (sites still empty) site_id cannot be checked yet: the
// rule starts to hold with the sites ledger. The bulk first load checks staff before any site, so it has no part
// of this rule to check (StaffLedgers).
UNWIND $rows AS row
WITH row
WHERE row.villageCode IS NOT NULL
  AND NOT EXISTS { (:Village {code: row.villageCode})-[:IN_TOWN]->(:Town {code: row.townCode}) }
RETURN [row.id] AS key, 'village_code' AS column,
       'village_code ' + row.villageCode + '：' +
       CASE WHEN row.townCode IS NULL THEN '须同时填写它所在镇的 town_code'
            ELSE '不在 town_code ' + row.townCode + ' 所指的镇' END AS problem
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.siteId IS NOT NULL AND EXISTS { MATCH (:Site) }
OPTIONAL MATCH (site:Site {id: row.siteId})
WITH row, site
WHERE site IS NULL
   OR ($userTowns IS NOT NULL AND NOT EXISTS { (site)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
RETURN [row.id] AS key, 'site_id' AS column,
       'site_id ' + row.siteId + '：' +
       CASE WHEN site IS NULL THEN '没有这个阵地，请先导入 sites 台账' ELSE '不在您负责的镇（属地）范围内' END AS problem

// The rules across records a sites row breaks: its village must lie in the row's town.
UNWIND $rows AS row
WITH row
WHERE row.villageCode IS NOT NULL
  AND NOT EXISTS { (:Village {code: row.villageCode})-[:IN_TOWN]->(:Town {code: row.townCode}) }
RETURN [row.id] AS key, 'village_code' AS column,
       'village_code ' + row.villageCode + '：' +
       CASE WHEN row.townCode IS NULL THEN '须同时填写它所在镇的 town_code'
            ELSE '不在 town_code ' + row.townCode + ' 所指的镇' END AS problem

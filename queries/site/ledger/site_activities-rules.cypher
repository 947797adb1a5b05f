// The rules across records a site_activities row breaks, each with its column: the site was established by the
// activity's date; each member named exists, and is one of the user's towns' (as a member's town scope reads).
// Not declared as RecordRules (the engine has no such rule), so the bulk first load does not check them.
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Site {id: row.siteId})
  WHERE s.establishedOn > row.date
  RETURN 'date' AS column,
         'date ' + toString(row.date) + '：阵地 ' + row.siteId + ' 建立于 ' + toString(s.establishedOn) + '，活动不能早于此日'
           AS problem
  UNION
  WITH row
  WHERE row.memberIds IS NOT NULL
  UNWIND [id IN split(row.memberIds, '|') | trim(id)] AS id
  OPTIONAL MATCH (m:Member {id: id})
  WITH id, m
  WHERE m IS NULL
  WITH collect(id) AS missing
  WHERE size(missing) > 0
  RETURN 'member_ids' AS column,
         'member_ids：没有统战成员 ' + reduce(text = '', id IN missing | text + CASE WHEN text = '' THEN '' ELSE '、' END + id)
           + '，请先导入 members 台账' AS problem
  UNION
  WITH row
  WHERE row.memberIds IS NOT NULL AND $userTowns IS NOT NULL
  UNWIND [id IN split(row.memberIds, '|') | trim(id)] AS id
  MATCH (m:Member {id: id})
  WHERE NOT EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
  WITH collect(id) AS outside
  WHERE size(outside) > 0
  RETURN 'member_ids' AS column,
         'member_ids：统战成员 ' + reduce(text = '', id IN outside | text + CASE WHEN text = '' THEN '' ELSE '、' END + id)
           + ' 不在您负责的镇（属地）范围内' AS problem
}
RETURN [row.siteId, row.date, row.title] AS key, column, problem

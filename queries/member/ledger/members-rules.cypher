// The rules across records a members row breaks, each with its column: its village must lie in its town; a
// representative is one member (another stored member, or an earlier row of the batch by id, may already name
// them); a member of the district tier is for users of the whole district.
// Earlier rows are found among the batch's representatives named by more than one row (usually none), not by
// scanning the whole batch for each row (a batch of 1,000 rows: 30 rather than 50 ms).
CALL () {
  UNWIND $rows AS earlier
  WITH earlier.representativeId AS representativeId, collect(earlier.id) AS ids
  WHERE representativeId IS NOT NULL AND size(ids) > 1
  RETURN collect({representativeId: representativeId, ids: ids}) AS shared
}
UNWIND $rows AS row
CALL (row, shared) {
  WITH row
  WHERE row.villageCode IS NOT NULL
    AND NOT EXISTS { (:Village {code: row.villageCode})-[:IN_TOWN]->(:Town {code: row.townCode}) }
  RETURN 'village_code' AS column,
         'village_code ' + row.villageCode + '：' +
         CASE WHEN row.townCode IS NULL THEN '须同时填写它所在镇的 town_code'
              ELSE '不在 town_code ' + row.townCode + ' 所指的镇' END AS problem
  UNION
  WITH row, shared
  WHERE row.representativeId IS NOT NULL
  // From the representative only: with `other.id <> row.id` in the match, or a label on the far end, the planner
  // may start from every member (an index scan of member ids, per row), which grew with each batch of a first
  // import planned on an empty ledger. Only members are tied so, and the row's own member is left out after.
  OPTIONAL MATCH (:Representative {id: row.representativeId})<-[:IS_REPRESENTATIVE]-(linked)
  WITH row, shared, [id IN collect(linked.id) WHERE id <> row.id][0] AS stored
  WITH row, coalesce(stored,
         [sharing IN shared WHERE sharing.representativeId = row.representativeId |
           [earlier IN sharing.ids WHERE earlier < row.id][0]][0]) AS named
  WHERE named IS NOT NULL
  RETURN 'representative_id' AS column,
         'representative_id ' + row.representativeId + '：已关联统战成员 ' + named + '，一位代表人士只对应一名成员'
           AS problem
  UNION
  WITH row
  WHERE $userTowns IS NOT NULL AND row.tier = 'DISTRICT'
  RETURN 'tier' AS column, 'tier DISTRICT：区管成员只能由负责全区的用户导入或调整' AS problem
}
RETURN [row.id] AS key, column, problem

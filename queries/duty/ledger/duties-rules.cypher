// The rules across records a duties row breaks: its holder, a town or a member unit, must exist (a column names one
// ledger only, so this reference is checked here, not by the engine); and its weight may not fall below a score its
// checks already gave (a check's score is at most its duty's weight, whichever of the two changes). The bulk first
// load checks neither.
UNWIND $rows AS row
WITH row
WHERE NOT EXISTS { (:Town {code: row.holderCode}) } AND NOT EXISTS { (:Unit {code: row.holderCode}) }
RETURN [row.id] AS key, 'holder_code' AS column,
       'holder_code ' + row.holderCode + '：没有这个镇或成员单位，请先导入 towns 或 units 台账' AS problem
UNION ALL
UNWIND $rows AS row
MATCH (c:DutyCheck)-[:CHECKS]->(:Duty {id: row.id})
WITH row, max(c.score) AS highest
WHERE highest > row.weight
RETURN [row.id] AS key, 'weight' AS column,
       'weight ' + row.weight + '：不能小于该职责已有考核的得分 ' + highest AS problem

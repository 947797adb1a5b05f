// The rules across records a duties row breaks: its holder, a town or a member unit, must exist. (A column names
// one ledger only, so this reference is checked here, not by the engine; the bulk first load does not check it.)
UNWIND $rows AS row
WITH row
WHERE NOT EXISTS { (:Town {code: row.holderCode}) } AND NOT EXISTS { (:Unit {code: row.holderCode}) }
RETURN [row.id] AS key, 'holder_code' AS column,
       'holder_code ' + row.holderCode + '：没有这个镇或成员单位，请先导入 towns 或 units 台账' AS problem

// The rules across records a problems row breaks: its lead (lead_code) must be a stored unit or town (a town one of
// the user's), which no declared reference can say since it names either ledger; and a user bound to towns raises
// problems of their towns' enterprises only (every user sees every enterprise, so the reference check lets any
// through). Unit codes are never nine digits and town codes always are, so at most one of the two is found.
UNWIND $rows AS row
OPTIONAL MATCH (u:Unit {code: row.leadCode})
OPTIONAL MATCH (lt:Town {code: row.leadCode})
OPTIONAL MATCH (:Enterprise {creditCode: row.creditCode})-[:IN_TOWN]->(et:Town)
WITH row, [problem IN [
       CASE WHEN row.leadCode IS NOT NULL AND u IS NULL AND lt IS NULL
            THEN {column: 'lead_code',
                  problem: 'lead_code ' + row.leadCode + '：没有这个成员单位或镇，请先导入 units 或 towns 台账'} END,
       CASE WHEN lt IS NOT NULL AND $userTowns IS NOT NULL AND NOT lt.code IN $userTowns
            THEN {column: 'lead_code', problem: 'lead_code ' + row.leadCode + '：不在您负责的镇（属地）范围内'} END,
       CASE WHEN et IS NOT NULL AND $userTowns IS NOT NULL AND NOT et.code IN $userTowns
            THEN {column: 'credit_code',
                  problem: 'credit_code ' + row.creditCode + '：该企业不在您负责的镇（属地）范围内'} END]
     WHERE problem IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN [row.id] AS key, problem.column AS column, problem.problem AS problem

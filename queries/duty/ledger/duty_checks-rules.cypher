// The rules across records a duty_checks row breaks: its score may not exceed its duty's weight. (The bulk first
// load does not check this one.)
UNWIND $rows AS row
WITH row
WHERE row.score IS NOT NULL
MATCH (d:Duty {id: row.dutyId})
WHERE row.score > d.weight
RETURN [row.dutyId, row.checkedOn] AS key, 'score' AS column,
       'score ' + row.score + '：不能大于该职责的分值（weight ' + d.weight + '）' AS problem

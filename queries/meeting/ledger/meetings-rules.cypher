// Meetings are the district's: a user bound to towns does not import them.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NOT NULL
RETURN [row.date, row.body] AS key, 'body' AS column,
       'body ' + row.body + '：会议属于全区，只有负责全区的用户才能导入' AS problem

// District leaders may belong to no town; town and village leaders belong to one.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (l:Leader {id: row.id})
SET l.name = row.name,
    l.gender = row.gender,
    l.role = row.role,
    l.level = row.level
WITH l, row
CALL (l, row) {
  MATCH (l)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (l, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (l)-[:IN_TOWN]->(t)
}

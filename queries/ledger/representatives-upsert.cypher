UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR row.townCode IN $userTowns
MERGE (r:Representative {id: row.id})
SET r.name = row.name,
    r.gender = row.gender,
    r.birthYear = row.birthYear,
    r.ethnicity = row.ethnicity,
    r.category = row.category,
    r.level = row.level,
    r.phone = row.phone
WITH r, row
CALL (r, row) {
  MATCH (r)-[old:RUNS]->(e:Enterprise) WHERE e.creditCode <> row.enterpriseCreditCode OR row.enterpriseCreditCode IS NULL
  DELETE old
}
CALL (r, row) {
  MATCH (r)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (r, row) {
  MATCH (e:Enterprise {creditCode: row.enterpriseCreditCode})
  MERGE (r)-[:RUNS]->(e)
}
CALL (r, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (r)-[:IN_TOWN]->(t)
}

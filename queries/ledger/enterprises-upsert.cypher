UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (e:Enterprise {creditCode: row.creditCode})
SET e.name = row.name,
    e.industry = row.industry,
    e.ownership = row.ownership,
    e.employees = row.employees,
    e.latitude = row.latitude,
    e.longitude = row.longitude,
    e.location = CASE WHEN row.latitude IS NOT NULL
                      THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH e, t
CALL (e, t) {
  MATCH (e)-[old:IN_TOWN]->(other:Town) WHERE other <> t
  DELETE old
}
MERGE (e)-[:IN_TOWN]->(t)

// Answers, per row, whether it created the enterprise and what it replaced, read under the enterprise's lock.
UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (e:Enterprise {creditCode: row.creditCode})
  ON CREATE SET e.upsertCreated = true
  ON MATCH SET e.upsertCreated = false
WITH row, t, e, e.upsertCreated AS created
REMOVE e.upsertCreated
WITH row, t, e, created,
     CASE WHEN created THEN null
          ELSE e {.creditCode, .name, townCode: [(e)-[:IN_TOWN]->(old:Town) | old.code][0], .industry, .ownership,
                  .employees, .latitude, .longitude} END AS before
SET e.name = row.name,
    e.industry = row.industry,
    e.ownership = row.ownership,
    e.employees = row.employees,
    e.latitude = row.latitude,
    e.longitude = row.longitude,
    e.location = CASE WHEN row.latitude IS NOT NULL
                      THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, e, t, created, before
CALL (e, t) {
  MATCH (e)-[old:IN_TOWN]->(other:Town) WHERE other <> t
  DELETE old
}
MERGE (e)-[:IN_TOWN]->(t)
RETURN [row.creditCode] AS key, created, before

// Once every row is written, the villages keep the enterprise nearest them again where one was created or moved
// (its location changed; enterprise/nearest).
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
                  .employees, .latitude, .longitude} END AS before,
     e.location AS wasAt
SET e.name = row.name,
    e.industry = row.industry,
    e.ownership = row.ownership,
    e.employees = row.employees,
    e.latitude = row.latitude,
    e.longitude = row.longitude,
    e.location = CASE WHEN row.latitude IS NOT NULL
                      THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, e, t, created, before, wasAt
CALL (e, t) {
  MATCH (e)-[old:IN_TOWN]->(other:Town) WHERE other <> t
  DELETE old
}
MERGE (e)-[:IN_TOWN]->(t)
WITH collect({key: [row.creditCode], created: created, before: before}) AS answer,
     collect(CASE WHEN created OR NOT coalesce(e.location = wasAt, e.location IS NULL AND wasAt IS NULL) THEN e END)
       AS moved
// include: enterprise/nearest/keep-villages-nearest
UNWIND answer AS w
RETURN w.key AS key, w.created AS created, w.before AS before

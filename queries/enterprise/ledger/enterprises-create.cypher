// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to enterprises-upsert.
// The villages nearer to an enterprise created than to the one they keep keep it instead (enterprise/nearest).
UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (e:Enterprise {creditCode: row.creditCode})
  ON CREATE SET e.upsertCreated = true,
                e.name = row.name,
                e.industry = row.industry,
                e.ownership = row.ownership,
                e.employees = row.employees,
                e.latitude = row.latitude,
                e.longitude = row.longitude,
                e.location = CASE WHEN row.latitude IS NOT NULL
                                  THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, t, e
WHERE e.upsertCreated
REMOVE e.upsertCreated
CREATE (e)-[:IN_TOWN]->(t)
WITH collect(row.creditCode) AS answer, collect(e) AS moved
// include: enterprise/nearest/keep-villages-nearest
UNWIND answer AS key
RETURN [key] AS key

// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to villages-upsert.
// Each village created keeps the enterprise nearest it, found by one ring search (place/nearest).
UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (v:Village {code: row.code})
  ON CREATE SET v.upsertCreated = true,
                v.name = row.name,
                v.kind = row.kind,
                v.households = row.households,
                v.establishedOn = row.establishedOn,
                v.latitude = row.latitude,
                v.longitude = row.longitude,
                v.location = CASE WHEN row.latitude IS NOT NULL
                                  THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, t, v
WHERE v.upsertCreated
REMOVE v.upsertCreated
CREATE (v)-[:IN_TOWN]->(t)
WITH row, v
// include: place/nearest/keep-nearest-enterprise
RETURN [row.code] AS key

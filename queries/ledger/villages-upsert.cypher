// A village belongs to exactly one town: moving it to another town replaces the old tie.
UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (v:Village {code: row.code})
SET v.name = row.name,
    v.kind = row.kind,
    v.households = row.households,
    v.latitude = row.latitude,
    v.longitude = row.longitude,
    v.location = CASE WHEN row.latitude IS NOT NULL
                      THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH v, t
CALL (v, t) {
  MATCH (v)-[old:IN_TOWN]->(other:Town) WHERE other <> t
  DELETE old
}
MERGE (v)-[:IN_TOWN]->(t)

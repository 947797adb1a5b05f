// A village belongs to exactly one town: moving it to another town replaces the old tie. A file without the
// established_on column (an older ledger) leaves the day a village was established as stored.
// A village created or moved (its location changed) keeps the enterprise nearest it, found again by one ring search
// (place/nearest); one that stays where it was keeps the one it had.
// Answers, per row, whether it created the village and what it replaced, read under the village's lock.
UNWIND $rows AS row
MATCH (t:Town {code: row.townCode})
WHERE $userTowns IS NULL OR t.code IN $userTowns
MERGE (v:Village {code: row.code})
  ON CREATE SET v.upsertCreated = true
  ON MATCH SET v.upsertCreated = false
WITH row, t, v, v.upsertCreated AS created
REMOVE v.upsertCreated
WITH row, t, v, created,
     CASE WHEN created THEN null
          ELSE v {.code, .name, townCode: [(v)-[:IN_TOWN]->(old:Town) | old.code][0], .kind, .households,
                  .establishedOn, .latitude, .longitude} END AS before,
     v.location AS wasAt
SET v.name = row.name,
    v.kind = row.kind,
    v.households = row.households,
    v.establishedOn = CASE WHEN 'establishedOn' IN keys(row) THEN row.establishedOn ELSE v.establishedOn END,
    v.latitude = row.latitude,
    v.longitude = row.longitude,
    v.location = CASE WHEN row.latitude IS NOT NULL
                      THEN point({latitude: row.latitude, longitude: row.longitude}) END
WITH row, v, t, created, before, wasAt
CALL (v, created, wasAt) {
  WITH v, created, wasAt WHERE created OR NOT coalesce(v.location = wasAt, v.location IS NULL AND wasAt IS NULL)
  // include: place/nearest/keep-nearest-enterprise
}
CALL (v, t) {
  MATCH (v)-[old:IN_TOWN]->(other:Town) WHERE other <> t
  DELETE old
}
MERGE (v)-[:IN_TOWN]->(t)
RETURN [row.code] AS key, created, before

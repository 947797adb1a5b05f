// Answers, per row, whether it created the member and what it replaced, read under the member's lock. For a
// stored member, each of category, tier, town, village, unit and leftOn that the row changes is kept in the
// member's history, (m)-[:CHANGED]->(:MemberChange {on, field, before, after}), from the row's changedOn.
// The members' tallies (member/tallies-add: those with no leftOn, and those who left) lose the member by the values
// it replaced and gain them by the row's: a change of category, tier or leftOn moves them, any other nets out; so
// do the flows of their joining and leaving by day and month (member/flows-add), by joinedOn and leftOn too.
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR (row.tier <> 'DISTRICT' AND row.townCode IN $userTowns)
MERGE (m:Member {id: row.id})
  ON CREATE SET m.upsertCreated = true
  ON MATCH SET m.upsertCreated = false
WITH row, m, m.upsertCreated AS created
REMOVE m.upsertCreated
WITH row, m, created,
     CASE WHEN created THEN null
          ELSE m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier,
                  townCode: [(m)-[:IN_TOWN]->(old:Town) | old.code][0],
                  villageCode: [(m)-[:IN_VILLAGE]->(old:Village) | old.code][0],
                  unitCode: [(m)-[:IN_UNIT]->(old:Unit) | old.code][0],
                  representativeId: [(m)-[:IS_REPRESENTATIVE]->(old:Representative) | old.id][0],
                  .joinedOn, .leftOn, .phone, .workplace} END AS before
SET m.name = row.name,
    m.gender = row.gender,
    m.birthYear = row.birthYear,
    m.ethnicity = row.ethnicity,
    m.category = row.category,
    m.tier = row.tier,
    m.joinedOn = row.joinedOn,
    m.leftOn = row.leftOn,
    m.phone = row.phone,
    m.workplace = row.workplace
WITH m, row, created, before
CALL (m, row, before) {
  UNWIND CASE WHEN before IS NULL THEN [] ELSE [
           {field: 'CATEGORY', before: before.category, after: row.category},
           {field: 'TIER', before: before.tier, after: row.tier},
           {field: 'TOWN', before: before.townCode, after: row.townCode},
           {field: 'VILLAGE', before: before.villageCode, after: row.villageCode},
           {field: 'UNIT', before: before.unitCode, after: row.unitCode},
           {field: 'LEFT_ON', before: toString(before.leftOn), after: toString(row.leftOn)}] END AS change
  WITH m, row, change
  WHERE coalesce(change.before, '') <> coalesce(change.after, '')
  CREATE (m)-[:CHANGED]->(:MemberChange {on: row.changedOn, field: change.field, before: change.before,
                                          after: change.after})
}
CALL (m, row) {
  MATCH (m)-[old:IN_TOWN]->(t:Town) WHERE t.code <> row.townCode OR row.townCode IS NULL
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:IN_VILLAGE]->(v:Village) WHERE v.code <> row.villageCode OR row.villageCode IS NULL
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:IN_UNIT]->(u:Unit) WHERE u.code <> row.unitCode OR row.unitCode IS NULL
  DELETE old
}
CALL (m, row) {
  MATCH (m)-[old:IS_REPRESENTATIVE]->(r:Representative) WHERE r.id <> row.representativeId OR row.representativeId IS NULL
  DELETE old
}
CALL (m, row) {
  MATCH (t:Town {code: row.townCode})
  MERGE (m)-[:IN_TOWN]->(t)
}
CALL (m, row) {
  MATCH (v:Village {code: row.villageCode})
  MERGE (m)-[:IN_VILLAGE]->(v)
}
CALL (m, row) {
  MATCH (u:Unit {code: row.unitCode})
  MERGE (m)-[:IN_UNIT]->(u)
}
CALL (m, row) {
  MATCH (r:Representative {id: row.representativeId})
  MERGE (m)-[:IS_REPRESENTATIVE]->(r)
}
WITH collect({key: [row.id], created: created, before: before, row: row}) AS written
WITH written,
     [w IN written WHERE w.before IS NOT NULL |
       CASE WHEN w.before.leftOn IS NULL
            THEN {category: w.before.category, tier: w.before.tier, initial: left(w.before.name, 1), members: -1}
            ELSE {category: w.before.category, tier: w.before.tier, initial: left(w.before.name, 1), members: 0,
                  left: -1} END] +
     [w IN written | CASE WHEN w.row.leftOn IS NULL
                       THEN {category: w.row.category, tier: w.row.tier, initial: left(w.row.name, 1), members: 1}
                       ELSE {category: w.row.category, tier: w.row.tier, initial: left(w.row.name, 1), members: 0,
                             left: 1} END] AS changes,
     [w IN written WHERE w.before IS NOT NULL |
       {category: w.before.category, tier: w.before.tier, day: w.before.joinedOn, joined: -1, left: 0}] +
     [w IN written WHERE w.before.leftOn IS NOT NULL |
       {category: w.before.category, tier: w.before.tier, day: w.before.leftOn, joined: 0, left: -1}] +
     [w IN written | {category: w.row.category, tier: w.row.tier, day: w.row.joinedOn, joined: 1, left: 0}] +
     [w IN written WHERE w.row.leftOn IS NOT NULL |
       {category: w.row.category, tier: w.row.tier, day: w.row.leftOn, joined: 0, left: 1}] AS flows
// include: member/tallies-add
// include: member/flows-add
UNWIND written AS w
RETURN w.key AS key, w.created AS created, w.before AS before

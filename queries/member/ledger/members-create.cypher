// The rows the stored look-up found absent (see towns-create): a key created meanwhile goes to members-upsert.
// A new member's values hold from joined_on: no history yet. Each counts in their tally (member/tallies-add): as
// in the ledger with no left_on, as left with one; and in the flows of the days they joined and left
// (member/flows-add).
UNWIND $rows AS row
WITH row
WHERE $userTowns IS NULL OR (row.tier <> 'DISTRICT' AND row.townCode IN $userTowns)
MERGE (m:Member {id: row.id})
  ON CREATE SET m.upsertCreated = true,
                m.name = row.name,
                m.gender = row.gender,
                m.birthYear = row.birthYear,
                m.ethnicity = row.ethnicity,
                m.category = row.category,
                m.tier = row.tier,
                m.joinedOn = row.joinedOn,
                m.leftOn = row.leftOn,
                m.phone = row.phone,
                m.workplace = row.workplace
WITH row, m
WHERE m.upsertCreated
REMOVE m.upsertCreated
WITH row, m
CALL (m, row) {
  MATCH (t:Town {code: row.townCode})
  CREATE (m)-[:IN_TOWN]->(t)
}
CALL (m, row) {
  MATCH (v:Village {code: row.villageCode})
  CREATE (m)-[:IN_VILLAGE]->(v)
}
CALL (m, row) {
  MATCH (u:Unit {code: row.unitCode})
  CREATE (m)-[:IN_UNIT]->(u)
}
CALL (m, row) {
  MATCH (r:Representative {id: row.representativeId})
  CREATE (m)-[:IS_REPRESENTATIVE]->(r)
}
WITH collect(row) AS created
WITH created, [row IN created | CASE WHEN row.leftOn IS NULL
                                 THEN {category: row.category, tier: row.tier, initial: left(row.name, 1), members: 1}
                                 ELSE {category: row.category, tier: row.tier, initial: left(row.name, 1), members: 0,
                                       left: 1} END] AS changes,
     [row IN created | {category: row.category, tier: row.tier, day: row.joinedOn, joined: 1, left: 0}] +
     [row IN created WHERE row.leftOn IS NOT NULL |
       {category: row.category, tier: row.tier, day: row.leftOn, joined: 0, left: 1}] AS flows
// include: member/tallies-add
// include: member/flows-add
UNWIND created AS row
RETURN [row.id] AS key

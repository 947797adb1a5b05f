// A fragment, not a statement: the members in the ledger on `day` (joined by then and not yet left), counted by the
// category and tier in force that day without reading every member or each one's history. The kept tallies of
// members with no leftOn (V0022, kept by every statement that writes members: member/tallies-add) count today's;
// from them go those who joined after the day and back come those who joined by it and left after it (each found
// through its range index, member_joined_on and member_left_on: only members who joined or left after the day are
// read); then those whose category or tier changed after the day (found from the changes, by the member_change_on
// index) move back to the values in force on it (member/values-on). The hints ask for index seeks: the day is a
// variable here, and with a plain index hint the planner may scan the whole index and filter it by the day. Leaves
// `inLedger`, how many, and `memberGroups`, a list of {category, tier, members} whose members add up, per category
// and tier, to those in the ledger that day. Taken in by report/work-report (the district's figures) and
// member/kept-count (a count of the ledger on a day).
CALL (day) {
  CALL () {
    MATCH (t:MemberTally)
    RETURN sum(t.members) AS inToday, collect({category: t.category, tier: t.tier, members: t.members}) AS tallied
  }
  CALL (day) {
    MATCH (m:Member)
    USING INDEX SEEK m:Member(joinedOn)
    WHERE m.joinedOn > day AND m.leftOn IS NULL
    WITH m.category AS category, m.tier AS tier, count(*) AS n
    RETURN sum(n) AS joinedSince, collect({category: category, tier: tier, members: -n}) AS notYetIn
  }
  CALL (day) {
    MATCH (m:Member)
    USING INDEX SEEK m:Member(leftOn)
    WHERE m.leftOn > day AND m.joinedOn <= day
    WITH m.category AS category, m.tier AS tier, count(*) AS n
    RETURN sum(n) AS leftSince, collect({category: category, tier: tier, members: n}) AS stillIn
  }
  CALL (day) {
    MATCH (c:MemberChange)
    WHERE c.on > day AND c.field IN ['CATEGORY', 'TIER']
    MATCH (m:Member)-[:CHANGED]->(c)
    WITH DISTINCT m
    WHERE m.joinedOn <= day AND (m.leftOn IS NULL OR m.leftOn > day)
    WITH m, day
    // include: member/values-on
    WITH m, coalesce(was.CATEGORY, {value: m.category}).value AS category,
         coalesce(was.TIER, {value: m.tier}).value AS tier
    RETURN collect({category: m.category, tier: m.tier, members: -1})
           + collect({category: category, tier: tier, members: 1}) AS corrections
  }
  RETURN inToday - joinedSince + leftSince AS inLedger, tallied + notYetIn + stillIn + corrections AS memberGroups
}

// A fragment, not a statement: the members in the ledger on `day` (joined by then and not yet left), counted by the
// category and tier in force that day without reading every member or each one's history. The kept flows (V0025,
// kept by every statement that writes members: member/flows-add) give, by today's values, those who joined by the
// day less those who left by it: the months before the day's month, then that month's days up to the day (each
// through its range index: a few thousand small nodes, however large the ledger). Then those whose category or
// tier changed after the day (found from the changes, by the member_change_on index) move back to the values in
// force on it (member/values-on). The hints ask for index seeks: the day is a variable here, and with a plain index
// hint the planner may scan the whole index and filter it by the day. Leaves `inLedger`, how many, and
// `memberGroups`, a list of {category, tier, members} whose members add up, per category and tier, to those in the
// ledger that day. Taken in by report/work-report (the district's figures) and member/kept-count (a count of the
// ledger on a day).
CALL (day) {
  CALL (day) {
    CALL (day) {
      MATCH (f:MemberMonthFlow)
      USING INDEX SEEK f:MemberMonthFlow(month)
      WHERE f.month < date.truncate('month', day)
      RETURN f.category AS category, f.tier AS tier, f.joined - f.left AS members
      UNION ALL
      MATCH (f:MemberDayFlow)
      USING INDEX SEEK f:MemberDayFlow(day)
      WHERE f.day >= date.truncate('month', day) AND f.day <= day
      RETURN f.category AS category, f.tier AS tier, f.joined - f.left AS members
    }
    WITH category, tier, sum(members) AS members
    RETURN sum(members) AS flowedIn, collect({category: category, tier: tier, members: members}) AS flowed
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
  RETURN flowedIn AS inLedger, flowed + corrections AS memberGroups
}

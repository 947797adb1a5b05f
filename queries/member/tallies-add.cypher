// A fragment, not a statement: adds a batch's changes to the members' kept tallies (V0022), taken in by
// `// include: member/tallies-add` in member/ledger/members-create and members-upsert, in their transaction. A
// (:MemberTally {category, tier, members}) counts the members with no leftOn, so that the country's work report
// need not read every member (report/work-report). Given `changes`, a list of {category, tier, members: 1 or -1}
// (a member counted in, or out, by their values), each tally is changed once, by its sum, and in the order of
// category and tier: two imports at once lock the tallies in the same order, and a batch that changes no count (a
// member's other values, an unchanged member) takes no tally's lock. The SET reads the tally under its write lock.
CALL (changes) {
  UNWIND changes AS change
  WITH change.category AS category, change.tier AS tier, sum(change.members) AS members
  WHERE members <> 0
  ORDER BY category, tier
  MERGE (t:MemberTally {category: category, tier: tier})
    ON CREATE SET t.members = members
    ON MATCH SET t.members = t.members + members
}

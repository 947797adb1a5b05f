// A fragment, not a statement: adds a batch's changes to the members' kept tallies (V0022), taken in by
// `// include: member/tallies-add` in member/ledger/members-create and members-upsert, in their transaction. A
// (:MemberTally {category, tier, members, left}) counts the members with no leftOn, and those with one (V0024), so
// that the country's work report and a count of the whole ledger need not read every member (report/work-report,
// member/kept-count). Given `changes`, a list of {category, tier, members: 1, -1 or 0, left: 1, -1 or none} (a
// member counted in, or out, by their values), each tally is changed once, by its sums, and in the order of
// category and tier: two imports at once lock the tallies in the same order, and a batch that changes no count (a
// member's other values, an unchanged member) takes no tally's lock. The SET reads the tally under its write lock.
CALL (changes) {
  UNWIND changes AS change
  WITH change.category AS category, change.tier AS tier, sum(change.members) AS members,
       sum(coalesce(change.left, 0)) AS left
  WHERE members <> 0 OR left <> 0
  ORDER BY category, tier
  MERGE (t:MemberTally {category: category, tier: tier})
    ON CREATE SET t.members = members, t.left = left
    ON MATCH SET t.members = t.members + members, t.left = coalesce(t.left, 0) + left
}

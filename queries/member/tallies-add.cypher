// A fragment, not a statement: adds a batch's changes to the members' kept tallies (V0022), taken in by
// `// include: member/tallies-add` in member/ledger/members-create and members-upsert, in their transaction. A
// (:MemberTally {category, tier, members, left}) counts the members with no leftOn, and those with one (V0024), so
// that the country's work report and a count of the whole ledger need not read every member (report/work-report,
// member/kept-count). Given `changes`, a list of {category, tier, initial, members: 1, -1 or 0, left: 1, -1 or
// none} (a member counted in, or out, by their values; initial: the first character of their name), each tally is
// changed once, by its sums, and in the order of category and tier: two imports at once lock the tallies in the
// same order, and a batch that changes no count (a member's other values, an unchanged member) takes no tally's
// lock. The SET reads the tally under its write lock.
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
// The name tallies (V0026) by the first character of the name (`initial` of each change), category and tier, which
// count the members who left too: a member's change is its members and left together. Locked after the tallies
// above, in the order of their keys.
CALL (changes) {
  UNWIND changes AS change
  WITH change.initial AS initial, change.category AS category, change.tier AS tier,
       sum(change.members + coalesce(change.left, 0)) AS members
  WHERE initial IS NOT NULL AND members <> 0
  ORDER BY initial, category, tier
  MERGE (t:MemberNameTally {initial: initial, category: category, tier: tier})
    ON CREATE SET t.members = members
    ON MATCH SET t.members = t.members + members
}

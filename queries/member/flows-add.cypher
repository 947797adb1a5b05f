// A fragment, not a statement: adds a batch's changes to the members' kept flows (V0025), taken in by
// `// include: member/flows-add` in member/ledger/members-create and members-upsert, in their transaction. Given
// `flows`, a list of {category, tier, day, joined: 1, -1 or 0, left: 1, -1 or 0} (a member's joining or leaving
// counted in, or out, by their values), each day's flow and each month's is changed once, by its sums, in the order
// of their keys, as member/tallies-add changes the tallies: two imports at once lock them in the same order, and a
// batch that moves no flow (a member's other values, an unchanged member) takes no lock.
CALL (flows) {
  UNWIND flows AS flow
  WITH flow.category AS category, flow.tier AS tier, flow.day AS day, sum(flow.joined) AS joined,
       sum(flow.left) AS left
  WHERE joined <> 0 OR left <> 0
  ORDER BY category, tier, day
  MERGE (f:MemberDayFlow {category: category, tier: tier, day: day})
    ON CREATE SET f.joined = joined, f.left = left
    ON MATCH SET f.joined = f.joined + joined, f.left = f.left + left
}
CALL (flows) {
  UNWIND flows AS flow
  WITH flow.category AS category, flow.tier AS tier, date.truncate('month', flow.day) AS month,
       sum(flow.joined) AS joined, sum(flow.left) AS left
  WHERE joined <> 0 OR left <> 0
  ORDER BY category, tier, month
  MERGE (f:MemberMonthFlow {category: category, tier: tier, month: month})
    ON CREATE SET f.joined = joined, f.left = left
    ON MATCH SET f.joined = f.joined + joined, f.left = f.left + left
}

// A count of the whole member ledger by category or tier (with no day) takes in the members who left too: each
// MemberTally now also keeps `left`, how many members of its category and tier have a leftOn, kept by the same
// statements as its `members` (member/tallies-add), so that such a count reads no member (member/kept-count).
// Counted here from the members stored: a store migrated before, and a new one, whose bulk first load fills the
// store before its migrations run.
MATCH (m:Member)
WHERE m.leftOn IS NOT NULL
WITH m.category AS category, m.tier AS tier, count(*) AS left
MERGE (t:MemberTally {category: category, tier: tier})
  ON CREATE SET t.members = 0
SET t.left = left;
MATCH (t:MemberTally)
WHERE t.left IS NULL
SET t.left = 0;

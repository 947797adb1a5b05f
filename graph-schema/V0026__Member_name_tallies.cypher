// A search of the member ledger by one character (a surname: 王 is one name in a hundred) matches the members whose
// name starts with it, hundreds of thousands of a national ledger, and counting them with a category or tier would
// read each one. A (:MemberNameTally {initial, category, tier, members}) counts the members whose name starts with
// `initial` (its first character), by today's category and tier, those who left too, as a count of the whole
// ledger with no day does (member/kept-count); kept by every statement that writes members (member/tallies-add),
// in its transaction, and read by member/members-page-initial. The constraint makes two imports that add to one
// tally at once meet on one node.
CREATE CONSTRAINT member_name_tally_key IF NOT EXISTS
FOR (t:MemberNameTally) REQUIRE (t.initial, t.category, t.tier) IS UNIQUE;
// The tallies of the members already stored: a store migrated before, and a new one, whose bulk first load fills the
// store before its migrations run.
MATCH (m:Member)
WITH left(m.name, 1) AS initial, m.category AS category, m.tier AS tier, count(*) AS members
CREATE (:MemberNameTally {initial: initial, category: category, tier: tier, members: members});

// The country's work report counts its members from kept tallies instead of reading every member: a
// (:MemberTally {category, tier, members}) per category and tier holds how many members have no leftOn (are in the
// ledger today, by today's values), kept by every statement that writes members (member/ledger/members-create and
// members-upsert, through member/tallies-add), in the same transaction. The report takes from them the members
// who joined after its day and adds those who left after it, found through the two range indexes below, so it
// reads only the members who joined or left after the day. The constraint makes two imports that add to one
// tally at once meet on one node.
CREATE CONSTRAINT member_tally_key IF NOT EXISTS FOR (t:MemberTally) REQUIRE (t.category, t.tier) IS UNIQUE;
CREATE INDEX member_joined_on IF NOT EXISTS FOR (m:Member) ON (m.joinedOn);
CREATE INDEX member_left_on IF NOT EXISTS FOR (m:Member) ON (m.leftOn);
// The tallies of the members already stored: a store that was migrated before, and a new one, whose bulk first
// load (InitialLoad, the demo district's) fills the store before it opens and its migrations run.
MATCH (m:Member)
WHERE m.leftOn IS NULL
WITH m.category AS category, m.tier AS tier, count(*) AS members
MERGE (t:MemberTally {category: category, tier: tier})
SET t.members = members;
// The service starts with the two indexes online: on a national store they take seconds to build, and a report
// asked meanwhile would read every member.
CALL db.awaitIndex('member_joined_on', 600);
CALL db.awaitIndex('member_left_on', 600);

// The members in the ledger on a day (a count of the ledger on a day, the district's report) are counted from
// flows kept by day and by month, instead of reading every member who joined or left since the day, which for a day
// years back is most of the ledger: a (:MemberDayFlow {category, tier, day, joined, left}) per category, tier and
// day on which members joined or left, and a (:MemberMonthFlow {category, tier, month, joined, left}) per month
// (month: its first day), both by the members' values today, as the tallies are. In the ledger on a day are those
// who joined by it less those who left by it: the months before the day's month, then its days up to the day
// (member/tallied-on-day). Kept by every statement that writes members (member/flows-add), in its transaction.
CREATE CONSTRAINT member_day_flow_key IF NOT EXISTS
FOR (f:MemberDayFlow) REQUIRE (f.category, f.tier, f.day) IS UNIQUE;
CREATE CONSTRAINT member_month_flow_key IF NOT EXISTS
FOR (f:MemberMonthFlow) REQUIRE (f.category, f.tier, f.month) IS UNIQUE;
CREATE INDEX member_day_flow_day IF NOT EXISTS FOR (f:MemberDayFlow) ON (f.day);
CREATE INDEX member_month_flow_month IF NOT EXISTS FOR (f:MemberMonthFlow) ON (f.month);
// The flows of the members already stored: a store migrated before, and a new one, whose bulk first load fills the
// store before its migrations run.
MATCH (m:Member)
UNWIND [{day: m.joinedOn, joined: 1, left: 0}]
       + CASE WHEN m.leftOn IS NULL THEN [] ELSE [{day: m.leftOn, joined: 0, left: 1}] END AS flow
WITH m.category AS category, m.tier AS tier, flow.day AS day, sum(flow.joined) AS joined, sum(flow.left) AS left
CREATE (:MemberDayFlow {category: category, tier: tier, day: day, joined: joined, left: left});
MATCH (f:MemberDayFlow)
WITH f.category AS category, f.tier AS tier, date.truncate('month', f.day) AS month, sum(f.joined) AS joined,
     sum(f.left) AS left
CREATE (:MemberMonthFlow {category: category, tier: tier, month: month, joined: joined, left: left});
CALL db.awaitIndex('member_day_flow_day', 600);
CALL db.awaitIndex('member_month_flow_month', 600);

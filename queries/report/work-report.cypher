// The stocks of the district's work report on $to for the whole district (report/work-report-of-towns gives a
// town's share, or a town-bound user's):
// towns, member units, members on $to by the category and tier in force that day (their history read back by
// member/values-on, the rule by which the member ledger filters asOf), representatives, those befriended and
// the friendships in force, villages (those established by $to), those paired, and projects begun; towns with a
// commissioner and villages with a liaison in post on $to; towns and units with a duty list for $to's year (a
// unit for its town), problems raised and resolved from $from to $to (an enterprise's for its town), sites
// established by $to, and the period's meetings (the district's: in no town's share).
// A unit, representative, village and project count for their town; a member for the town they were in on $to.
// The district's members are counted without reading every member or each one's history: those in the ledger
// on $to by today's category and tier are the kept tallies of members with no leftOn (V0022, kept by every
// statement that writes members: member/tallies-add), less those of them who joined after $to, plus those who
// joined by $to and left after it (each found through its range index, member_joined_on and member_left_on: only
// members who joined or left after $to are read); then those whose category or tier changed after $to (found
// from the changes, by the member_change_on index) are moved back to the values in force on $to (member/values-on).
WITH null AS towns
CALL () {
  MATCH (t:MemberTally)
  RETURN sum(t.members) AS inToday, collect({category: t.category, tier: t.tier, members: t.members}) AS tallied
}
CALL () {
  MATCH (m:Member)
  USING INDEX m:Member(joinedOn)
  WHERE m.joinedOn > $to AND m.leftOn IS NULL
  WITH m.category AS category, m.tier AS tier, count(*) AS n
  RETURN sum(n) AS joinedSince, collect({category: category, tier: tier, members: -n}) AS notYetIn
}
CALL () {
  MATCH (m:Member)
  USING INDEX m:Member(leftOn)
  WHERE m.leftOn > $to AND m.joinedOn <= $to
  WITH m.category AS category, m.tier AS tier, count(*) AS n
  RETURN sum(n) AS leftSince, collect({category: category, tier: tier, members: n}) AS stillIn
}
WITH towns, inToday - joinedSince + leftSince AS members, tallied + notYetIn + stillIn AS byToday
CALL () {
  MATCH (c:MemberChange)
  WHERE c.on > $to AND c.field IN ['CATEGORY', 'TIER']
  MATCH (m:Member)-[:CHANGED]->(c)
  WITH DISTINCT m
  WHERE m.joinedOn <= $to AND (m.leftOn IS NULL OR m.leftOn > $to)
  WITH m, $to AS day
  // include: member/values-on
  WITH m, coalesce(was.CATEGORY, {value: m.category}).value AS category,
       coalesce(was.TIER, {value: m.tier}).value AS tier
  RETURN collect({category: m.category, tier: m.tier, members: -1})
         + collect({category: category, tier: tier, members: 1}) AS corrections
}
WITH towns, members, byToday + corrections AS memberGroups
CALL (towns) {
  MATCH (r:Representative)
  // include: report/representatives-befriended
}
// Every village and project is read from its label, not from the towns: a town's IN_TOWN ties are its members'
// too, and going from every town would read every member's (5.4 million ties on a national store). Every village
// is in exactly one town (the villages ledger requires it), so its own tie is not looked for either: a village's
// ties are mostly its members' (IN_VILLAGE), which finding it would walk; for the same reason the paired villages
// and those with a liaison are found from the pairings and the liaisons.
// include: report/counted-villages-of-district
CALL () {
  MATCH (p:Project)-[:BENEFITS]->(:Village)
  USING SCAN p:Project
  // include: report/counted-projects
}
// include: report/figures

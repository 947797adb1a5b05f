// The stocks of the district's work report on $to for the whole district (report/work-report-of-towns gives a
// town's share, or a town-bound user's):
// towns, member units, members on $to by the category and tier in force that day (their history read back by
// member/values-on, the rule by which the member ledger filters asOf), representatives, those befriended and
// the friendships in force, villages (those established by $to), those paired, and projects begun; towns with a
// commissioner and villages with a liaison in post on $to; towns and units with a duty list for $to's year (a
// unit for its town), problems raised and resolved from $from to $to (an enterprise's for its town), sites
// established by $to, and the period's meetings (the district's: in no town's share).
// A unit, representative, village and project count for their town; a member for the town they were in on $to.
// The district's members are counted without reading every member or each one's history, from the kept tallies
// corrected to the day (member/tallied-on-day).
WITH null AS towns, $to AS day
// include: member/tallied-on-day
WITH towns, inLedger AS members, memberGroups
// include: report/counted-representatives-of-district
// The villages and projects are not found from the towns: a town's IN_TOWN ties are its members' too, and going
// from every town would read every member's (5.4 million ties on a national store). Every village is in exactly
// one town (the villages ledger requires it), so its own tie is not looked for either: the villages are counted
// from their label, and those paired and those with a liaison from the pairings and the liaisons (a village's
// ties are mostly its members', IN_VILLAGE, which finding its pairings from it would walk); the projects are read
// from their label.
// include: report/counted-villages-of-district
// The towns with a commissioner in post, found from the commissioners: a town's IN_TOWN ties are mostly its
// members', which looking for its commissioner from the town would walk.
CALL () {
  MATCH (s:Staff {post: 'TOWN_COMMISSIONER'})-[:IN_TOWN]->(t:Town)
  WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
  RETURN count(DISTINCT t) AS commissionedTowns
}
CALL () {
  MATCH (p:Project)-[:BENEFITS]->(:Village)
  USING SCAN p:Project
  // include: report/counted-projects
}
// include: report/figures

// The stocks of the district's work report on $to for the whole district (report/work-report-of-towns gives a
// town's share, or a town-bound user's):
// towns, member units, members on $to by the category and tier in force that day (their history read back by
// member/values-on, the rule by which the member ledger filters asOf), representatives, those befriended and
// the friendships in force, villages (those established by $to), those paired, and projects begun; towns with a
// commissioner and villages with a liaison in post on $to; towns and units with a duty list for $to's year (a
// unit for its town), problems raised and resolved from $from to $to (an enterprise's for its town), sites
// established by $to, and the period's meetings (the district's: in no town's share).
// A unit, representative, village and project count for their town; a member for the town they were in on $to.
WITH null AS towns
CALL (towns) {
  MATCH (m:Member)
  // include: report/members-on-the-day
}
CALL (towns) {
  MATCH (r:Representative)
  // include: report/representatives-befriended
}
// include: report/figures

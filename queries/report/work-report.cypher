// The stocks of the district's work report on $to, for the district or the town $townCode, in the user's towns:
// towns, member units, members on $to by the category and tier in force that day (their history read back by
// member/values-on, the rule by which the member ledger filters asOf), representatives, those befriended and
// the friendships in force, villages (those established by $to), those paired, and projects begun; towns with a
// commissioner and villages with a liaison in post on $to; towns and units with a duty list for $to's year (a
// unit for its town), problems raised and resolved from $from to $to (an enterprise's for its town), sites
// established by $to, and the period's meetings (the district's: in no town's share).
// A unit, representative, village and project count for their town; a member for the town they were in on $to.
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  MATCH (t:Town)
  WHERE towns IS NULL OR t.code IN towns
  RETURN count(t) AS townCount,
         count(CASE WHEN EXISTS {
                 (s:Staff {post: 'TOWN_COMMISSIONER'})-[:IN_TOWN]->(t)
                 WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
               } THEN t END) AS commissionedTowns
}
CALL (towns) {
  MATCH (u:Unit)
  WHERE towns IS NULL OR EXISTS { (u)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }
  RETURN count(u) AS memberUnits
}
CALL (towns) {
  MATCH (m:Member)
  WHERE m.joinedOn <= $to AND (m.leftOn IS NULL OR m.leftOn > $to)
  WITH m, towns, $to AS day
  // include: member/values-on
  WITH m, was, towns,
       CASE WHEN was.TOWN IS NULL THEN [(m)-[:IN_TOWN]->(t:Town) | t.code][0] ELSE was.TOWN.value END AS townOnDay
  WHERE towns IS NULL OR townOnDay IN towns
  WITH coalesce(was.CATEGORY, {value: m.category}).value AS category,
       coalesce(was.TIER, {value: m.tier}).value AS tier
  RETURN count(*) AS members, collect(category) AS categories, collect(tier) AS tiers
}
CALL (towns) {
  MATCH (r:Representative)
  WHERE towns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }
  CALL (r) {
    OPTIONAL MATCH (:Leader)-[f:BEFRIENDS]->(r)
    WHERE f.since <= $to AND (f.until IS NULL OR f.until >= $to)
    RETURN count(f) AS friendships
  }
  RETURN count(r) AS representatives, count(CASE WHEN friendships > 0 THEN r END) AS befriended,
         sum(friendships) AS friendships
}
CALL (towns) {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE (towns IS NULL OR t.code IN towns) AND coalesce(v.establishedOn <= $to, true)
  RETURN count(v) AS villages,
         count(CASE WHEN EXISTS {
                 (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $to AND (p.until IS NULL OR p.until >= $to)
               } THEN v END) AS pairedVillages,
         count(CASE WHEN EXISTS {
                 (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
                 WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
               } THEN v END) AS liaisonVillages
}
CALL (towns) {
  MATCH (p:Project)-[:BENEFITS]->(:Village)-[:IN_TOWN]->(t:Town)
  WHERE (towns IS NULL OR t.code IN towns) AND (p.started IS NULL OR p.started <= $to)
  RETURN count(p) AS projects
}
CALL (towns) {
  MATCH (d:Duty {year: $to.year})
  WHERE towns IS NULL OR d.holderCode IN towns
     OR EXISTS { (:Unit {code: d.holderCode})-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }
  RETURN count(DISTINCT d.holderCode) AS dutyHolders
}
CALL (towns) {
  MATCH (p:Problem)
  WHERE ($from <= p.raisedOn <= $to OR $from <= p.resolvedOn <= $to)
    AND (towns IS NULL OR EXISTS { (p)-[:CONCERNS]->(:Enterprise)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns })
  RETURN count(CASE WHEN $from <= p.raisedOn <= $to THEN p END) AS problemsRaised,
         count(CASE WHEN $from <= p.resolvedOn <= $to THEN p END) AS problemsResolved
}
CALL (towns) {
  MATCH (s:Site)
  WHERE s.establishedOn <= $to AND (towns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns })
  RETURN collect(s.kind) AS siteKinds
}
CALL (towns) {
  MATCH (m:Meeting)
  WHERE towns IS NULL AND $from <= m.date <= $to
  RETURN count(m) AS meetings
}
RETURN {towns: townCount, memberUnits: memberUnits, members: members, categories: categories, tiers: tiers,
        representatives: representatives, befriendedRepresentatives: befriended, friendships: friendships,
        villages: villages, pairedVillages: pairedVillages, projects: projects,
        commissionedTowns: commissionedTowns, liaisonVillages: liaisonVillages, dutyHolders: dutyHolders,
        problemsRaised: problemsRaised, problemsResolved: problemsResolved, siteKinds: siteKinds,
        meetings: meetings} AS report

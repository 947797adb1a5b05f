// A fragment, not a statement: the work report's figures other than its members, representatives, villages,
// projects and towns with a commissioner, for the towns (null: the district), after the CALLs that count those
// (each statement from its own end); and the report's one row. Each part is small beside the members (towns,
// units, duty lists, problems, sites, meetings). Taken in by
// report/work-report and report/work-report-of-towns.
CALL (towns) {
  MATCH (t:Town)
  WHERE towns IS NULL OR t.code IN towns
  RETURN count(t) AS townCount
}
CALL (towns) {
  MATCH (u:Unit)
  WHERE towns IS NULL OR EXISTS { (u)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }
  RETURN count(u) AS memberUnits
}
CALL (towns) {
  // include: report/counted-duties
  RETURN count(DISTINCT d.holderCode) AS dutyHolders
}
CALL (towns) {
  // include: report/counted-problems
  RETURN count(CASE WHEN $from <= p.raisedOn <= $to THEN p END) AS problemsRaised,
         count(CASE WHEN $from <= p.resolvedOn <= $to THEN p END) AS problemsResolved
}
CALL (towns) {
  // include: report/counted-sites
  RETURN collect(s.kind) AS siteKinds
}
CALL (towns) {
  // include: report/counted-meetings
  RETURN count(m) AS meetings
}
RETURN {towns: townCount, memberUnits: memberUnits, members: members, memberGroups: memberGroups,
        representatives: representatives, befriendedRepresentatives: befriended, friendships: friendships,
        villages: villages, pairedVillages: pairedVillages, projects: projects,
        commissionedTowns: commissionedTowns, liaisonVillages: liaisonVillages, dutyHolders: dutyHolders,
        problemsRaised: problemsRaised, problemsResolved: problemsResolved, siteKinds: siteKinds,
        meetings: meetings} AS report

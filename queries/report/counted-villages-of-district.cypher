// A fragment, not a statement: the district's villages as report/counted-villages counts a town's (the same rule,
// from the other end): those established by $to, and of them those paired and those with a liaison in post on
// $to, found from the pairings and the liaisons in force rather than by looking at every village's ties, which are
// mostly its members' (3.5 million of them for the country's 100,000 villages at scale 0.2). Taken in by
// report/work-report.
CALL () {
  MATCH (v:Village)
  WHERE coalesce(v.establishedOn <= $to, true)
  RETURN count(v) AS villages
}
CALL () {
  MATCH (e:Enterprise)-[p:PAIRED_WITH]->(v:Village)
  USING SCAN e:Enterprise
  WHERE p.since <= $to AND (p.until IS NULL OR p.until >= $to) AND coalesce(v.establishedOn <= $to, true)
  RETURN count(DISTINCT v) AS pairedVillages
}
CALL () {
  MATCH (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v:Village)
  USING SCAN s:Staff
  WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to) AND coalesce(v.establishedOn <= $to, true)
  RETURN count(DISTINCT v) AS liaisonVillages
}

// A fragment, not a statement: the district's villages as report/counted-villages counts a town's (the same rule,
// from the other end): those established by $to, and of them those paired and those with a liaison in post on
// $to, found from the pairings and the liaisons in force rather than by looking at every village's ties, which are
// mostly its members' (3.5 million of them for the country's 100,000 villages at scale 0.2). The villages and
// those paired are the district's coverage on $to (coverage/district-paired-on-day). The villages with a liaison
// are found the same way: the villages at the end of a liaison in post, less the deleted ones and those not yet
// established, which are few, so that no village is read for its label or its day. Taken in by
// report/work-report.
CALL () {
  WITH $to AS day
  // include: coverage/district-paired-on-day
  RETURN villages, pairedVillages
}
CALL () {
  CALL () {
    MATCH (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
    USING SCAN s:Staff
    WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
    RETURN count(DISTINCT v) AS liaisonEnds
  }
  CALL () {
    MATCH (v:DeletedVillage)
    WHERE EXISTS {
      (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
      WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
    }
    RETURN count(v) AS deletedVillages
  }
  CALL () {
    MATCH (v:Village)
    WHERE v.establishedOn > $to
      AND EXISTS {
        (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
        WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
      }
    RETURN count(v) AS notYetEstablished
  }
  RETURN liaisonEnds - deletedVillages - notYetEstablished AS liaisonVillages
}

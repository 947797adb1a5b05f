// A fragment, not a statement: the whole district's villages on `day` and how many of them are paired that day,
// as coverage-of-towns.cypher counts a town's: those with a pairing by an enterprise that holds on the day. One
// pass over the pairings by their type that reads neither enterprises nor villages (reading them doubles the
// time): the villages at the end of a pairing that holds, less those a deletion leaves out, found from the few
// deleted records: a deleted village (its pairings stay as history) and a village paired on the day only by
// deleted enterprises. This holds because a pairing always runs from an Enterprise (a DeletedEnterprise once
// deleted) to a Village (a DeletedVillage). Villages established after the day are not there yet: they are left
// out of both numbers, found through the village_established_on index (those established since always have no
// establishedOn). Leaves `villages` and `pairedVillages`. Taken in by coverage/coverage-totals and
// report/counted-villages-of-district.
CALL (day) {
  CALL () {
    MATCH (v:Village)
    RETURN count(v) AS allVillages
  }
  CALL (day) {
    MATCH (v:Village)
    WHERE v.establishedOn > day
    RETURN count(v) AS notYetEstablished,
           count(CASE WHEN EXISTS {
                   (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= day AND (p.until IS NULL OR p.until >= day)
                 } THEN v END) AS pairedNotYetEstablished
  }
  CALL (day) {
    MATCH ()-[p:PAIRED_WITH]->(v)
    WHERE p.since <= day AND (p.until IS NULL OR p.until >= day)
    RETURN count(DISTINCT v) AS pairedEnds
  }
  CALL (day) {
    MATCH (v:DeletedVillage)<-[p:PAIRED_WITH]-()
    WHERE p.since <= day AND (p.until IS NULL OR p.until >= day)
    RETURN count(DISTINCT v) AS deletedVillages
  }
  CALL (day) {
    MATCH (:DeletedEnterprise)-[p:PAIRED_WITH]->(v:Village)
    WHERE p.since <= day AND (p.until IS NULL OR p.until >= day)
      AND NOT EXISTS { (:Enterprise)-[q:PAIRED_WITH]->(v) WHERE q.since <= day AND (q.until IS NULL OR q.until >= day) }
    RETURN count(DISTINCT v) AS pairedByDeletedOnly
  }
  RETURN allVillages - notYetEstablished AS villages,
         pairedEnds - deletedVillages - pairedByDeletedOnly - pairedNotYetEstablished AS pairedVillages
}

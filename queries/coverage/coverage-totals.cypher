// The whole district's coverage on the day $asOf as two numbers, for users who see every town: how many villages
// (from the count store) and how many of them are paired on that day, as coverage-of-towns.cypher counts them:
// those with a pairing by an enterprise that holds on the day. One pass over the pairings by their type that
// reads neither enterprises nor villages (reading them doubles the time): the villages at the end of a pairing
// that holds, less those a deletion leaves out, found from the few deleted records: a deleted village (its
// pairings stay as history) and a village paired on the day only by deleted enterprises. This holds because a
// pairing always runs from an Enterprise (a DeletedEnterprise once deleted) to a Village (a DeletedVillage).
// Villages established after the day are not there yet: they are left out of both numbers, found through the
// village_established_on index (those established since always have no establishedOn).
CALL () {
  MATCH (v:Village)
  RETURN count(v) AS villages
}
CALL () {
  MATCH (v:Village)
  WHERE v.establishedOn > $asOf
  RETURN count(v) AS notYetEstablished,
         count(CASE WHEN EXISTS {
                 (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
               } THEN v END) AS pairedNotYetEstablished
}
CALL () {
  MATCH ()-[p:PAIRED_WITH]->(v)
  WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
  RETURN count(DISTINCT v) AS pairedEnds
}
CALL () {
  MATCH (v:DeletedVillage)<-[p:PAIRED_WITH]-()
  WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
  RETURN count(DISTINCT v) AS deletedVillages
}
CALL () {
  MATCH (:DeletedEnterprise)-[p:PAIRED_WITH]->(v:Village)
  WHERE p.since <= $asOf AND (p.until IS NULL OR p.until >= $asOf)
    AND NOT EXISTS { (:Enterprise)-[q:PAIRED_WITH]->(v) WHERE q.since <= $asOf AND (q.until IS NULL OR q.until >= $asOf) }
  RETURN count(DISTINCT v) AS pairedByDeletedOnly
}
RETURN {villages: villages - notYetEstablished,
        pairedVillages: pairedEnds - deletedVillages - pairedByDeletedOnly - pairedNotYetEstablished} AS coverage

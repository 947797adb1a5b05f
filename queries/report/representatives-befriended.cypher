// A fragment, not a statement: the representatives r a work report statement has started from, counted with
// those befriended on $to and the friendships in force that day. Taken in by report/work-report-of-towns;
// report/counted-representatives-of-district counts the district's by the same rule from the friendships.
CALL (r) {
  OPTIONAL MATCH (:Leader)-[f:BEFRIENDS]->(r)
  WHERE f.since <= $to AND (f.until IS NULL OR f.until >= $to)
  RETURN count(f) AS friendships
}
RETURN count(r) AS representatives, count(CASE WHEN friendships > 0 THEN r END) AS befriended,
       sum(friendships) AS friendships

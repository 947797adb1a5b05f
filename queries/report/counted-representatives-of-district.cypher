// A fragment, not a statement: the district's representatives as report/representatives-befriended counts a
// town's (the same rule, from the other end): all of them (from the label's count, without reading one), those
// befriended on $to and the friendships in force that day, found from the friendships rather than by looking at
// every representative's ties (a national store has about twice as many representatives as friendships). Taken
// in by report/work-report.
CALL () {
  MATCH (r:Representative)
  RETURN count(r) AS representatives
}
CALL () {
  MATCH (:Leader)-[f:BEFRIENDS]->(r:Representative)
  WHERE f.since <= $to AND (f.until IS NULL OR f.until >= $to)
  RETURN count(DISTINCT r) AS befriended, count(f) AS friendships
}

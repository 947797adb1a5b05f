// The work report of report/work-report (the same figures by the same rules, in the same fragments) for the town
// $townCode, or else the towns of a town-bound user ($userTowns). Its members and representatives are found from
// the towns rather than by reading every one: the members in a town today, and those who were in it on $to and
// left it since (their history's TOWN changes, by the member_change_before index).
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  CALL (towns) {
    MATCH (t:Town)<-[:IN_TOWN]-(m:Member)
    WHERE t.code IN towns
    RETURN m
    UNION
    MATCH (c:MemberChange)
    WHERE c.before IN towns AND c.field = 'TOWN' AND c.on > $to
    MATCH (m:Member)-[:CHANGED]->(c)
    RETURN m
  }
  // include: report/members-on-the-day
}
CALL (towns) {
  MATCH (t:Town)<-[:IN_TOWN]-(r:Representative)
  WHERE t.code IN towns
  // include: report/representatives-befriended
}
// include: report/figures

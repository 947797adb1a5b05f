// The work report of report/work-report (the same figures by the same rules, in the same fragments) for the town
// $townCode, or else the towns of a town-bound user ($userTowns). Its members and representatives are found from
// the towns rather than by reading every one: the members in a town today, and those who were in it on $to and
// left it since (their history's TOWN changes, by the member_change_before index, named in a hint: with few
// changes stored, the planner's statistics would pick member_change_on, which reads every change after $to), each
// counted for the town they were in on $to with the category and tier in force then (member/values-on).
WITH CASE WHEN $townCode IS NULL THEN $userTowns ELSE [$townCode] END AS towns
CALL (towns) {
  CALL (towns) {
    MATCH (t:Town)<-[:IN_TOWN]-(m:Member)
    WHERE t.code IN towns
    RETURN m
    UNION
    MATCH (c:MemberChange)
    USING INDEX c:MemberChange(before)
    WHERE c.before IN towns AND c.field = 'TOWN' AND c.on > $to
    MATCH (m:Member)-[:CHANGED]->(c)
    RETURN m
  }
  WITH m, towns
  WHERE m.joinedOn <= $to AND (m.leftOn IS NULL OR m.leftOn > $to)
  WITH m, towns, $to AS day
  // include: member/values-on
  WITH m, was, towns
  WHERE CASE WHEN was.TOWN IS NULL THEN EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }
             ELSE was.TOWN.value IN towns END
  WITH coalesce(was.CATEGORY, {value: m.category}).value AS category,
       coalesce(was.TIER, {value: m.tier}).value AS tier
  WITH category, tier, count(*) AS n
  RETURN sum(n) AS members, collect({category: category, tier: tier, members: n}) AS memberGroups
}
CALL (towns) {
  MATCH (t:Town)<-[:IN_TOWN]-(r:Representative)
  WHERE t.code IN towns
  // include: report/representatives-befriended
}
CALL (towns) {
  MATCH (t:Town)
  WHERE t.code IN towns
  CALL (t) {
    MATCH (v:Village)-[:IN_TOWN]->(t)
    RETURN v
  }
  // include: report/counted-villages
}
CALL (towns) {
  MATCH (t:Town)
  WHERE t.code IN towns
  CALL (t) {
    MATCH (p:Project)-[:BENEFITS]->(:Village)-[:IN_TOWN]->(t)
    RETURN p
  }
  // include: report/counted-projects
}
CALL (towns) {
  MATCH (t:Town)
  WHERE t.code IN towns
  RETURN count(CASE WHEN EXISTS {
                 (s:Staff {post: 'TOWN_COMMISSIONER'})-[:IN_TOWN]->(t)
                 WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
               } THEN t END) AS commissionedTowns
}
// include: report/figures

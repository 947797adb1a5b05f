// A fragment, not a statement: the members who are in the town $filter.townCode today and, with $filter.asOf,
// those who were in it on a later day and left it after $filter.asOf (a TOWN change that replaced the town), each
// once, as m; with no town asked, the members in the towns of a user bound to towns ($userTowns) today, whom
// member/matching-filter keeps to anyway. The hint keeps the seek on the value replaced whatever the statistics
// say (with few changes stored the planner would seek every change after the day instead). Taken in by
// member/members-page-in-town.
MATCH (:Town {code: $filter.townCode})<-[:IN_TOWN]-(m:Member)
RETURN m
UNION
MATCH (t:Town)<-[:IN_TOWN]-(m:Member)
WHERE $filter.townCode IS NULL AND t.code IN $userTowns
RETURN m
UNION
MATCH (c:MemberChange)
USING INDEX c:MemberChange(before)
WHERE $filter.asOf IS NOT NULL AND c.before = $filter.townCode AND c.field = 'TOWN' AND c.on > $filter.asOf
MATCH (m:Member)-[:CHANGED]->(c)
RETURN m

// A fragment, not a statement: the members who are in the town $filter.townCode today and, with $filter.asOf,
// those who were in it on a later day and left it after $filter.asOf (a TOWN change that replaced the town), each
// once, as m. Taken in by member/members-page-in-town.
MATCH (:Town {code: $filter.townCode})<-[:IN_TOWN]-(m:Member)
RETURN m
UNION
MATCH (c:MemberChange)
WHERE $filter.asOf IS NOT NULL AND c.before = $filter.townCode AND c.field = 'TOWN' AND c.on > $filter.asOf
MATCH (m:Member)-[:CHANGED]->(c)
RETURN m

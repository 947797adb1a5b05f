// A fragment, not a statement: the page of a members page statement, from the matching members m and their
// values on the day (was): the first $fetch in id order, with their places, unit and representative, as rows
// that show the values they were filtered by. Taken in by member/members-page*.
WITH m, was
ORDER BY m.id
LIMIT $fetch
OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
OPTIONAL MATCH (m)-[:IN_VILLAGE]->(v:Village)
OPTIONAL MATCH (m)-[:IN_UNIT]->(u:Unit)
OPTIONAL MATCH (m)-[:IS_REPRESENTATIVE]->(r:Representative)
WITH m, was, t, v, u, r
ORDER BY m.id
RETURN collect(m {.id, .name, .gender, .birthYear, .ethnicity,
                  category: coalesce(was.CATEGORY, {value: m.category}).value,
                  tier: coalesce(was.TIER, {value: m.tier}).value,
                  townCode: coalesce(was.TOWN, {value: t.code}).value,
                  villageCode: coalesce(was.VILLAGE, {value: v.code}).value,
                  unitCode: coalesce(was.UNIT, {value: u.code}).value,
                  representativeId: r.id, .joinedOn, .leftOn, .phone, .workplace}) AS page

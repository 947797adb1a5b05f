// The member record of each of these representatives, as the user may see it.
MATCH (m:Member)-[:IS_REPRESENTATIVE]->(r:Representative)
WHERE r.id IN $representativeIds
OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
WITH m, r, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier, townCode: t.code,
          villageCode: [(m)-[:IN_VILLAGE]->(v:Village) | v.code][0],
          unitCode: [(m)-[:IN_UNIT]->(u:Unit) | u.code][0], representativeId: r.id,
          .joinedOn, .leftOn, .phone, .workplace} AS member

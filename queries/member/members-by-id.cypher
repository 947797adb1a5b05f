// Members by id; a user bound to towns sees those of their towns.
MATCH (m:Member)
WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
WITH m, t
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier, townCode: t.code,
          villageCode: [(m)-[:IN_VILLAGE]->(v:Village) | v.code][0],
          unitCode: [(m)-[:IN_UNIT]->(u:Unit) | u.code][0],
          representativeId: [(m)-[:IS_REPRESENTATIVE]->(r:Representative) | r.id][0],
          .joinedOn, .leftOn, .phone, .workplace} AS member

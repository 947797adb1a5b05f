// The stored members among $keys, as the properties a members ledger row carries. A member of the district tier
// is visible to a user of their town, but only a user of the whole district changes them.
UNWIND $keys AS key
MATCH (m:Member {id: key.id})
OPTIONAL MATCH (m)-[:IN_TOWN]->(t:Town)
RETURN {properties: m {.id, .name, .gender, .birthYear, .ethnicity, .category, .tier, townCode: t.code,
          villageCode: [(m)-[:IN_VILLAGE]->(v:Village) | v.code][0],
          unitCode: [(m)-[:IN_UNIT]->(u:Unit) | u.code][0],
          representativeId: [(m)-[:IS_REPRESENTATIVE]->(r:Representative) | r.id][0],
          .joinedOn, .leftOn, .phone, .workplace},
        visible: $userTowns IS NULL OR t.code IN $userTowns,
        mayChange: $userTowns IS NULL OR (m.tier <> 'DISTRICT' AND t.code IN $userTowns)} AS stored

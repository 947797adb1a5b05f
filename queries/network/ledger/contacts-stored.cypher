UNWIND $keys AS key
MATCH (c:Contact {leaderId: key.leaderId, representativeId: key.representativeId, date: key.date, kind: key.kind})
      -[:WITH]->(r:Representative)
WITH c, $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns } AS ours
RETURN {properties: {leaderId: c.leaderId, representativeId: c.representativeId, date: c.date, kind: c.kind,
                     note: c.note},
        visible: ours,
        mayChange: ours} AS stored

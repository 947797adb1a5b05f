MATCH (l:Leader)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r:Representative)
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
RETURN {leaderId: l.id, representativeId: r.id, date: c.date, kind: c.kind, note: c.note} AS properties
ORDER BY l.id, r.id, c.date, c.kind

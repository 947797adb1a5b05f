MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.lastContact} AS properties
ORDER BY l.id, r.id

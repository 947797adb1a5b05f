// Who befriends these representatives.
MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE r.id IN $representativeIds
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.lastContact} AS friendship
ORDER BY f.since DESC, l.id

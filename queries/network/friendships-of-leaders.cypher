// Whom these leaders befriend.
MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE l.id IN $leaderIds
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.lastContact} AS friendship
ORDER BY f.since DESC, r.id

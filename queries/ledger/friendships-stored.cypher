UNWIND $keys AS key
MATCH (l:Leader {id: key.leaderId})-[f:BEFRIENDS]->(r:Representative {id: key.representativeId})
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.lastContact} AS properties

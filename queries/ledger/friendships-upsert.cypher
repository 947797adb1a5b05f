UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId}), (r:Representative {id: row.representativeId})
MERGE (l)-[f:BEFRIENDS]->(r)
SET f.since = row.since,
    f.lastContact = row.lastContact

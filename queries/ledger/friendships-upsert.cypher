UNWIND $rows AS row
MATCH (l:Leader {id: row.leaderId}), (r:Representative {id: row.representativeId})
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (l)-[f:BEFRIENDS]->(r)
SET f.since = row.since,
    f.lastContact = row.lastContact

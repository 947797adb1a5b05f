// lastContact as the ledger states it; the friendship's own lastContact also follows recorded contacts.
UNWIND $keys AS key
MATCH (l:Leader {id: key.leaderId})-[f:BEFRIENDS]->(r:Representative {id: key.representativeId})
WITH l, f, r, $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns } AS ours
RETURN {properties: {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.ledgerLastContact,
                     until: f.until},
        visible: ours,
        mayChange: ours} AS stored

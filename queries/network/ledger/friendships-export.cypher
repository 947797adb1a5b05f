// lastContact as the ledger stated it: recorded contacts are exported with the contacts ledger.
MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE $userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, lastContact: f.ledgerLastContact, until: f.until}
       AS properties
ORDER BY l.id, r.id

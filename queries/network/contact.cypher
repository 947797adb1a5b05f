// One contact by its key, seen as its friendship is (friendships-of-leaders.cypher).
MATCH (l:Leader {id: $leaderId})-[:MADE_CONTACT]->(c:Contact {date: $date, kind: $kind})
      -[:WITH]->(r:Representative {id: $representativeId})
WHERE $userTowns IS NULL
   OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
       AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns })
RETURN {leaderId: l.id, representativeId: r.id, date: c.date, kind: c.kind, note: c.note} AS contact

// Who befriends these representatives, seen as in friendships-of-leaders.cypher.
MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE r.id IN $representativeIds
  AND ($userTowns IS NULL
       OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
           AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns }))
  AND ($includeEnded OR f.until IS NULL OR f.until >= $today)
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, until: f.until, lastContact: f.lastContact}
       AS friendship
ORDER BY f.since DESC, l.id

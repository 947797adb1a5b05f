// A page of each friendship's timeline, newest first, after the contact at ($afterDate, $afterKind) when given,
// with how many contacts it has in all. A friendship is seen as in friendships-of-leaders.cypher.
UNWIND $friendships AS friendship
MATCH (l:Leader {id: friendship.leaderId})-[:BEFRIENDS]->(r:Representative {id: friendship.representativeId})
WHERE $userTowns IS NULL
   OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
       AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns })
CALL (l, r) {
  MATCH (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r)
  RETURN count(c) AS total
}
CALL (l, r) {
  MATCH (l)-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(r)
  WHERE $afterDate IS NULL OR c.date < $afterDate OR (c.date = $afterDate AND c.kind > $afterKind)
  WITH c
  ORDER BY c.date DESC, c.kind
  LIMIT $fetch
  RETURN collect({leaderId: l.id, representativeId: r.id, date: c.date, kind: c.kind, note: c.note}) AS page
}
RETURN {leaderId: l.id, representativeId: r.id, totalCount: total, contacts: page} AS timeline

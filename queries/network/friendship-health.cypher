// The friendship system in numbers, for the district or one town ($townCode), as the user may see it.
// Per leader role: the town's leaders (or all), how many are below their quota ($quotas), their current
// friendships, and how many of those are overdue (no contact for more than $days days). Per representative
// category: the representatives, and how many some leader befriends now. And the overdue friendships counted as
// overdue-friendships.cypher lists them: those with either person in the town.
// A town outside the user's towns is as unknown as one that does not exist.
OPTIONAL MATCH (town:Town {code: $townCode})
WHERE $userTowns IS NULL OR town.code IN $userTowns
WITH town
WHERE $townCode IS NULL OR town IS NOT NULL
CALL (town) {
  MATCH (l:Leader)
  WHERE (town IS NULL OR EXISTS { (l)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL OR NOT EXISTS { (l)-[:IN_TOWN]->(t:Town) WHERE NOT t.code IN $userTowns })
  CALL (l) {
    OPTIONAL MATCH (l)-[f:BEFRIENDS]->(:Representative)
    WHERE f.until IS NULL OR f.until >= $today
    RETURN count(f) AS friends,
           count(CASE WHEN coalesce(f.lastContact, f.since) + duration({days: $days}) < $today THEN 1 END) AS overdue
  }
  WITH l.role AS role, count(l) AS leaders, sum(friends) AS friendships, sum(overdue) AS overdue,
       count(CASE WHEN friends < $quotas[l.role] THEN 1 END) AS below
  RETURN collect({role: role, leaders: leaders, leadersBelowQuota: below, friendships: friendships,
                  overdueFriendships: overdue}) AS byRole
}
CALL (town) {
  MATCH (r:Representative)
  WHERE (town IS NULL OR EXISTS { (r)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
  WITH r, EXISTS { (:Leader)-[f:BEFRIENDS]->(r) WHERE f.until IS NULL OR f.until >= $today } AS befriended
  WITH r.category AS category, count(r) AS representatives, count(CASE WHEN befriended THEN 1 END) AS befriended
  RETURN collect({category: category, representatives: representatives, befriended: befriended}) AS byCategory
}
CALL (town) {
  MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
  WHERE (f.until IS NULL OR f.until >= $today)
    AND coalesce(f.lastContact, f.since) + duration({days: $days}) < $today
    AND (town IS NULL OR EXISTS { (r)-[:IN_TOWN]->(town) } OR EXISTS { (l)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL
         OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
             AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns }))
  RETURN count(f) AS overdueFriendships
}
RETURN {byRole: byRole, byCategory: byCategory, overdueFriendships: overdueFriendships} AS health

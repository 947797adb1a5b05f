// Leaders with fewer current friendships than their role's quota ($quotas, by role), furthest below first: how
// many there are, and a page of up to $fetch after ($afterMissing, $afterId). A town's leaders when $townCode is
// given; otherwise every leader the user sees (their towns' and the district's). Leaders are few (hundreds),
// so the whole list is ordered before it is cut.
// A town outside the user's towns is as unknown as one that does not exist.
OPTIONAL MATCH (town:Town {code: $townCode})
WHERE $userTowns IS NULL OR town.code IN $userTowns
WITH town
WHERE $townCode IS NULL OR town IS NOT NULL
CALL (town) {
  MATCH (l:Leader)
  WHERE ($role IS NULL OR l.role = $role)
    AND (town IS NULL OR EXISTS { (l)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL OR NOT EXISTS { (l)-[:IN_TOWN]->(t:Town) WHERE NOT t.code IN $userTowns })
  WITH l, $quotas[l.role] AS quota,
       COUNT { (l)-[f:BEFRIENDS]->(:Representative) WHERE f.until IS NULL OR f.until >= $today } AS friends
  WHERE friends < quota
  OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
  WITH l, t, quota, friends
  ORDER BY quota - friends DESC, l.id
  RETURN collect({leader: l {.id, .name, .gender, .role, .level, townCode: t.code},
                  quota: quota, friends: friends, missing: quota - friends}) AS below
}
RETURN {totalCount: size(below),
        page: [x IN below WHERE $afterId IS NULL OR x.missing < $afterMissing
                                OR (x.missing = $afterMissing AND x.leader.id > $afterId)][0..$fetch]} AS leaders

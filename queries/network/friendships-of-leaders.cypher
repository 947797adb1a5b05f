// Whom these leaders befriend; an ended friendship (its until before $today) only when $includeEnded. A user
// bound to towns sees a friendship when they may see both people: the representative is of their towns, and the
// leader is too or serves the whole district. With $withFriends, each friend's record as
// people/representatives-by-id reads it, so that asking for them costs no second statement.
MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
WHERE l.id IN $leaderIds
  AND ($userTowns IS NULL
       OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
           AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns }))
  AND ($includeEnded OR f.until IS NULL OR f.until >= $today)
RETURN {leaderId: l.id, representativeId: r.id, since: f.since, until: f.until, lastContact: f.lastContact,
        representative: CASE WHEN $withFriends THEN
          r {.id, .name, .gender, .birthYear, .ethnicity, .category, .level, .phone,
             enterpriseCreditCode: [(r)-[:RUNS]->(e:Enterprise) | e.creditCode][0], townCode: [(r)-[:IN_TOWN]->(t:Town) | t.code][0]}
        END} AS friendship
ORDER BY f.since DESC, r.id

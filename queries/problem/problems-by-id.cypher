// Problems by id, in the user's towns (a problem's town is its enterprise's), with their state and whether they
// are overdue on $today.
MATCH (p:Problem)-[:CONCERNS]->(e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE p.id IN $ids
  AND ($userTowns IS NULL OR t.code IN $userTowns)
WITH p, e, t, $today AS day
// include: problem/state-on
RETURN p {.id, creditCode: e.creditCode, townCode: t.code, .raisedOn, .category, .title, .leadCode, .assignedOn,
          .dueOn, .resolvedOn, .satisfaction, .note, state: state, overdue: overdue} AS problem

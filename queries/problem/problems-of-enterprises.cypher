// The problems of each enterprise among $creditCodes, newest raised first, at most $largest each, in the user's
// towns: every user sees every enterprise, not every enterprise's problems.
MATCH (e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE e.creditCode IN $creditCodes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
CALL (e, t) {
  MATCH (p:Problem)-[:CONCERNS]->(e)
  WITH p, e, t, $today AS day
  ORDER BY p.raisedOn DESC, p.id
  LIMIT $largest
  // include: problem/state-on
  RETURN p {.id, creditCode: e.creditCode, townCode: t.code, .raisedOn, .category, .title, .leadCode, .assignedOn,
            .dueOn, .resolvedOn, .satisfaction, .note, state: state, overdue: overdue} AS problem
}
RETURN problem

// A fragment, not a statement: the one rule of a problem's state and of its being overdue, taken in by
// `// include: problem/state-on` in the problem board, a problem by id and an enterprise's problems. Given a problem
// p and a day, `state` follows from its dates (RECEIVED: not assigned; ASSIGNED; RESOLVED; CLOSED: resolved, with
// the follow-up's satisfaction), and `overdue` says it is not resolved and its due_on is before that day.
CALL (p, day) {
  RETURN CASE WHEN p.resolvedOn IS NOT NULL AND p.satisfaction IS NOT NULL THEN 'CLOSED'
              WHEN p.resolvedOn IS NOT NULL THEN 'RESOLVED'
              WHEN p.assignedOn IS NOT NULL THEN 'ASSIGNED'
              ELSE 'RECEIVED' END AS state,
         coalesce(p.resolvedOn IS NULL AND p.dueOn < day, false) AS overdue
}

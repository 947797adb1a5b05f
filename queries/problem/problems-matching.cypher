// A fragment, not a statement: the problems the board's $filter asks for, in the user's towns (a problem's town is
// its enterprise's), with their enterprise e, town t, state, overdue on $filter.today and rank (0 overdue, 1 not),
// taken in twice by problem/problems-page, for the count and for the page.
MATCH (p:Problem)-[:CONCERNS]->(e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE ($userTowns IS NULL OR t.code IN $userTowns)
  AND ($filter.townCode IS NULL OR t.code = $filter.townCode)
  AND ($filter.creditCode IS NULL OR e.creditCode = $filter.creditCode)
  AND ($filter.leadCode IS NULL OR p.leadCode = $filter.leadCode)
WITH p, e, t, $filter.today AS day
// include: problem/state-on
WITH p, e, t, state, overdue, CASE WHEN overdue THEN 0 ELSE 1 END AS rank
WHERE ($filter.state IS NULL OR state = $filter.state)
  AND ($filter.overdue IS NULL OR overdue = $filter.overdue)

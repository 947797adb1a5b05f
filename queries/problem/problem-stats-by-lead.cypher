// Per lead (a unit or a town, by code), over the problems of the user's towns: taken (assigned from $from to $to,
// both days included), resolved in that period, the average days from raised to resolved of those, and overdue on
// $today whenever assigned. Leads with none of these are left out; at most $largest leads, by code.
MATCH (p:Problem)-[:CONCERNS]->(:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE p.leadCode IS NOT NULL
  AND ($userTowns IS NULL OR t.code IN $userTowns)
WITH p.leadCode AS leadCode,
     sum(CASE WHEN $from <= p.assignedOn <= $to THEN 1 ELSE 0 END) AS taken,
     collect(CASE WHEN $from <= p.resolvedOn <= $to
                  THEN duration.inDays(p.raisedOn, p.resolvedOn).days END) AS daysToResolve,
     sum(CASE WHEN p.resolvedOn IS NULL AND p.dueOn < $today THEN 1 ELSE 0 END) AS overdue
WITH leadCode, taken, size(daysToResolve) AS resolved,
     CASE WHEN size(daysToResolve) = 0 THEN null
          ELSE toFloat(reduce(total = 0, days IN daysToResolve | total + days)) / size(daysToResolve) END
       AS averageDaysToResolve,
     overdue
WHERE taken > 0 OR resolved > 0 OR overdue > 0
RETURN {leadCode: leadCode, taken: taken, resolved: resolved, averageDaysToResolve: averageDaysToResolve,
        overdue: overdue} AS stats
ORDER BY leadCode
LIMIT $largest

// A fragment, not a statement: the problems the work report counts, given towns (null: the district): raised or
// resolved from $from to $to, of an enterprise in one of the towns, as p. Taken in by report/figures and
// report/report-problems, so that the list is what the figures count.
MATCH (p:Problem)
WHERE ($from <= p.raisedOn <= $to OR $from <= p.resolvedOn <= $to)
  AND (towns IS NULL OR EXISTS { (p)-[:CONCERNS]->(:Enterprise)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns })

// A fragment, not a statement: the duties the work report counts its duty holders by, given towns (null: the
// district): those of $to's year held by one of the towns or by a unit in one of them, as d. Taken in by
// report/figures and report/report-duty-holders, so that the list is what the figure counts.
MATCH (d:Duty {year: $to.year})
WHERE towns IS NULL OR d.holderCode IN towns
   OR EXISTS { (:Unit {code: d.holderCode})-[:IN_TOWN]->(t:Town) WHERE t.code IN towns }

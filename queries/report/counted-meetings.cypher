// A fragment, not a statement: the meetings the work report counts, given towns (null: the district): the
// district's from $from to $to, so none in a town's share, as m. Taken in by report/figures and
// report/report-meetings, so that the list is what the figure counts.
MATCH (m:Meeting)
WHERE towns IS NULL AND $from <= m.date <= $to

// A fragment, not a statement: the sites the work report counts by kind, given towns (null: the district):
// established by $to, in one of the towns, as s. Taken in by report/figures and report/report-sites, so that the
// list is what the figures count.
MATCH (s:Site)
WHERE s.establishedOn <= $to AND (towns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(t:Town) WHERE t.code IN towns })

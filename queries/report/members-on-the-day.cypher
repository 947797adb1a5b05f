// A fragment, not a statement: of the members m a work report statement has started from (with towns), those in
// the ledger on $to and, for towns, in them that day, counted with the category and tier in force that day (their
// history read back by member/values-on). Taken in by report/work-report and report/work-report-of-towns.
WITH m, towns
WHERE m.joinedOn <= $to AND (m.leftOn IS NULL OR m.leftOn > $to)
WITH m, towns, $to AS day
// include: member/values-on
WITH m, was, towns,
     CASE WHEN was.TOWN IS NULL THEN [(m)-[:IN_TOWN]->(t:Town) | t.code][0] ELSE was.TOWN.value END AS townOnDay
WHERE towns IS NULL OR townOnDay IN towns
WITH coalesce(was.CATEGORY, {value: m.category}).value AS category,
     coalesce(was.TIER, {value: m.tier}).value AS tier
RETURN count(*) AS members, collect(category) AS categories, collect(tier) AS tiers

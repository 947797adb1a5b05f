// A fragment, not a statement: the projects the work report counts, given each project for a village of the
// report's towns as p: those begun by $to (or with no start given). Taken in by report/work-report and
// report/work-report-of-towns.
WITH p
WHERE p.started IS NULL OR p.started <= $to
RETURN count(p) AS projects

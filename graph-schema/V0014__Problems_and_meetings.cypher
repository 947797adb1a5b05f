// Problems of enterprises (为企服务), known by their id; the constraint keeps concurrent imports of one id on one
// node and serves the import's look-ups. The board and the figures per lead go by the lead's code and the days a
// problem was raised and resolved.
CREATE CONSTRAINT problem_id IF NOT EXISTS FOR (p:Problem) REQUIRE p.id IS UNIQUE;
CREATE INDEX problem_lead_code IF NOT EXISTS FOR (p:Problem) ON (p.leadCode);
CREATE INDEX problem_raised_on IF NOT EXISTS FOR (p:Problem) ON (p.raisedOn);
CREATE INDEX problem_resolved_on IF NOT EXISTS FOR (p:Problem) ON (p.resolvedOn);
// Meetings of the leading bodies, known by their day and body; the constraint's index also serves a period's
// meetings (its first property is the day).
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (m:Meeting) REQUIRE (m.date, m.body) IS UNIQUE;

// Soft-deleted sites, problems, duties and meetings keep their keys under labels of their own, as V0004's do.
CREATE INDEX deleted_site_id IF NOT EXISTS FOR (s:DeletedSite) ON (s.id);
CREATE INDEX deleted_problem_id IF NOT EXISTS FOR (p:DeletedProblem) ON (p.id);
CREATE INDEX deleted_duty_id IF NOT EXISTS FOR (d:DeletedDuty) ON (d.id);
CREATE INDEX deleted_meeting_date IF NOT EXISTS FOR (m:DeletedMeeting) ON (m.date);

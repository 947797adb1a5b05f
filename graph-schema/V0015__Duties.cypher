// Duties (职责清单), known by their id; a holder's list for a year is read by holder code and year, the ranking by
// year. A check (督查考核) is known by its duty and day: the constraint makes concurrent imports of one check meet
// on one node and serves the import's look-ups.
CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (d:Duty) REQUIRE d.id IS UNIQUE;
CREATE INDEX duty_holder_year IF NOT EXISTS FOR (d:Duty) ON (d.holderCode, d.year);
CREATE INDEX duty_year IF NOT EXISTS FOR (d:Duty) ON (d.year);
CREATE CONSTRAINT duty_check_key IF NOT EXISTS FOR (c:DutyCheck) REQUIRE (c.dutyId, c.checkedOn) IS UNIQUE;

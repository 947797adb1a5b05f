// Planning by distance: point indexes serve "enterprises within so many metres of a village" (and of an
// enterprise), so the nearest ones are found by widening rings instead of measuring every enterprise.
CREATE POINT INDEX village_location IF NOT EXISTS FOR (v:Village) ON (v.location);
CREATE POINT INDEX enterprise_location IF NOT EXISTS FOR (e:Enterprise) ON (e.location);
// Unpaired villages sorted by size.
CREATE RANGE INDEX village_households IF NOT EXISTS FOR (v:Village) ON (v.households);

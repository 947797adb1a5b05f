// The planner's map finds the sites of a box through their location, as it finds villages and enterprises
// (V0007's point indexes).
CREATE POINT INDEX site_location IF NOT EXISTS FOR (s:Site) ON (s.location);

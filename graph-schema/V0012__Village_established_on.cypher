// The day a village was established (establishedOn; absent: since always). Coverage on a day leaves out the
// villages established after it, and the whole district's figures find those few through this index instead of
// reading every village.
CREATE RANGE INDEX village_established_on IF NOT EXISTS FOR (v:Village) ON (v.establishedOn);

// The demo district's record of its load, (:DemoDistrict), is one node per seed: instances starting together on an
// empty store claim the load through it, and this constraint makes that claim atomic (one instance creates the
// node, the others find it and wait for the load).
CREATE CONSTRAINT demo_district_seed IF NOT EXISTS FOR (d:DemoDistrict) REQUIRE d.seed IS UNIQUE;

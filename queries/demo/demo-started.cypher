MERGE (d:DemoDistrict)
SET d.seed = $seed, d.complete = false

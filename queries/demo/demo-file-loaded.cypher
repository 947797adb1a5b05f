MATCH (d:DemoDistrict)
SET d.files = coalesce(d.files, []) + $name

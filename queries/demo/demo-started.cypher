// A load into an empty store starts with no file loaded; an interrupted one keeps the files it finished, which
// are not loaded again (the members' joining file would undo their adjustments).
MERGE (d:DemoDistrict)
SET d.seed = $seed, d.complete = false,
    d.files = CASE WHEN $fresh THEN [] ELSE coalesce(d.files, []) END

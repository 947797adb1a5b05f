// The load is this instance's if it is wanted (the ledger is empty, or a first load was interrupted) and no
// instance loads it, or the one that did has not said it is alive for $lease (it stopped), or it is this one's
// own, tried again. A load into an empty ledger starts with no file loaded; an interrupted one keeps the files it
// finished, which are not loaded again (the members' joining file would undo their adjustments).
MATCH (d:DemoDistrict {seed: $seed})
WITH d, ($empty OR NOT coalesce(d.complete, false))
        AND (d.loadingBy IS NULL OR d.loadingBy = $instance
             OR coalesce(d.aliveAt < datetime() - duration($lease), true)) AS mine
SET d.loadingBy = CASE WHEN mine THEN $instance ELSE d.loadingBy END,
    d.aliveAt = CASE WHEN mine THEN datetime() ELSE d.aliveAt END,
    d.complete = CASE WHEN mine THEN false ELSE d.complete END,
    d.files = CASE WHEN mine AND $empty THEN [] ELSE coalesce(d.files, []) END
RETURN mine, coalesce(d.complete, false) AS complete, d.files AS filesLoaded

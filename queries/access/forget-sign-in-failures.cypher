// Clears away, $limit at a time, the failures whose window and lock have both passed (found by keptUntil), for
// names nobody tries again. A row is written to first (clearing), which takes its write lock, and then looked at
// again by properties the first look did not read: a row in which another instance has just counted a new failure
// is kept.
MATCH (f:SignInFailures)
WHERE f.keptUntil <= $now
WITH f
LIMIT $limit
SET f.clearing = true
WITH f, all(t IN f.at WHERE t <= $since) AND coalesce(f.lockedUntil <= $now, true) AS passed
FOREACH (ignored IN CASE WHEN passed THEN [1] ELSE [] END | DELETE f)
FOREACH (ignored IN CASE WHEN passed THEN [] ELSE [1] END | REMOVE f.clearing)

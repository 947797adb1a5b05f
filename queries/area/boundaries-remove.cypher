// Removes a town's uploaded boundary: its area is approximate again. Answers the boundary removed, or nothing
// when the town (of the user's towns) has none.
MATCH (t:Town {code: $code})
WHERE ($userTowns IS NULL OR t.code IN $userTowns) AND t.boundary IS NOT NULL
WITH t, t.boundary AS removed
REMOVE t.boundary
RETURN removed

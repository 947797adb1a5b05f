// The stored meetings among $keys, as the properties a meetings ledger row carries: every user sees them, only a
// user of the whole district changes them.
UNWIND $keys AS key
MATCH (m:Meeting {date: key.date, body: key.body})
RETURN {properties: m {.date, .body, .topic}, visible: true, mayChange: $userTowns IS NULL} AS stored

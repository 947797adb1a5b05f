// A request's browser session, by the hash of its cookie's secret, with its user as stored now: role, towns, state
// and password are read with every request, so that a change made through any instance holds at the next one.
MATCH (s:BrowserSession {id: $id})-[:OF]->(u:User)
// include: access/user-as-stored
RETURN s {.signedInAt, .lastSeenAt, .credentials} AS session, user

// Browser sessions live in the graph, so that every instance of the service finds them:
// (:BrowserSession)-[:OF]->(:User). A request's session is found by the SHA-256 hash of the secret its cookie
// carries, the only form in which the secret is stored; sessions past their end are found by it to be dropped.
CREATE CONSTRAINT browser_session_id IF NOT EXISTS FOR (s:BrowserSession) REQUIRE s.id IS UNIQUE;
CREATE INDEX browser_session_ends_at IF NOT EXISTS FOR (s:BrowserSession) ON (s.endsAt);

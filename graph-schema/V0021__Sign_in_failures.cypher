// Failed sign-ins are counted in the graph, one node per user name and address, so that every instance of the
// service counts the same ones. The constraint makes two instances counting a first failure at once meet on one
// node (and serves the look-up on every sign-in and, by its first property, an unlock's); keptUntil is when a
// node's window and lock have both passed, by which old ones are cleared away.
CREATE CONSTRAINT sign_in_failures_key IF NOT EXISTS
FOR (f:SignInFailures) REQUIRE (f.username, f.address) IS UNIQUE;
CREATE INDEX sign_in_failures_kept_until IF NOT EXISTS FOR (f:SignInFailures) ON (f.keptUntil);

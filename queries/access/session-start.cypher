// A browser session begins: who signed in, when, and with which password (a fingerprint of its hash), found later by
// the hash of the secret in its cookie ($id). The session the browser had before ($previous), if any, ends, and so
// do a bounded few of the sessions whose end has passed.
MATCH (u:User {username: $username})
CREATE (s:BrowserSession {id: $id, signedInAt: $now, lastSeenAt: $now, endsAt: $endsAt, credentials: $credentials})
       -[:OF]->(u)
WITH count(s) AS started
CALL () {
  MATCH (s:BrowserSession)
  WHERE s.id = $previous OR s.endsAt < $now
  WITH s
  LIMIT 1000
  DETACH DELETE s
}
RETURN started

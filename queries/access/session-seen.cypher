// Notes that a session is in use (written at most once a minute per session) and moves its idle end on.
MATCH (s:BrowserSession {id: $id})
SET s.lastSeenAt = $now, s.endsAt = $endsAt

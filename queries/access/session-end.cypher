// A browser session ends: signed out, or found over.
MATCH (s:BrowserSession {id: $id})
DETACH DELETE s

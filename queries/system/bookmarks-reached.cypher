// Nothing to read: a session begun with a client's bookmarks runs it to learn that the database can read them
// (and has reached them) before the client's request runs.
RETURN true AS reached

// The API tokens of one user, or of every user when $username is null; never their hashes.
MATCH (u:User)-[:HOLDS]->(t:ApiToken)
WHERE $username IS NULL OR u.username = $username
RETURN t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token
ORDER BY u.username, t.createdOn, t.name, t.id

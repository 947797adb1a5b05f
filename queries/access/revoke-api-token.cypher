// Removes a token: of its holder $username, or of anyone's when $username is null (an administrator).
MATCH (u:User)-[:HOLDS]->(t:ApiToken {id: $id})
WHERE $username IS NULL OR u.username = $username
WITH t, t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token, t.hash AS hash
DETACH DELETE t
RETURN token, hash

// A new API token of a user; only the hash of its secret is stored.
MATCH (u:User {username: $username})
CREATE (u)-[:HOLDS]->(t:ApiToken {id: $id, name: $name, hash: $hash, createdOn: $createdOn, expiresOn: $expiresOn})
RETURN t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token

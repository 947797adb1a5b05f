// The token a request presents, found by the hash of its secret, with its holder.
MATCH (u:User)-[:HOLDS]->(t:ApiToken {hash: $hash})
RETURN t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token

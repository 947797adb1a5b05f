// The token a request presents, found by the hash of its secret, with its holder as stored now: what the request
// may do, read in the same look-up.
MATCH (u:User)-[:HOLDS]->(t:ApiToken {hash: $hash})
// include: access/user-as-stored
RETURN t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token, user AS holder

// The token a request presents, found by the hash of its secret, with its holder as stored now: what the request
// may do, read in the same look-up.
MATCH (u:User)-[:HOLDS]->(t:ApiToken {hash: $hash})
RETURN t {.id, .name, .createdOn, .expiresOn, .lastUsedOn, username: u.username} AS token,
       u {.username, .role, .pii, .enabled,
          townCodes: COLLECT { MATCH (u)-[:RESPONSIBLE_FOR]->(town:Town) RETURN town.code }} AS holder

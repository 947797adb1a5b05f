MATCH (u:User {username: $username})
OPTIONAL MATCH (u)-[:RESPONSIBLE_FOR]->(t:Town)
WITH u, collect(t.code) AS townCodes
RETURN u {.username, .passwordHash, .role, .pii, .enabled, townCodes: townCodes} AS user

// Every user, without password hashes.
MATCH (u:User)
OPTIONAL MATCH (u)-[:RESPONSIBLE_FOR]->(t:Town)
WITH u, collect(t.code) AS townCodes
RETURN u {.username, .role, .pii, .enabled, townCodes: townCodes} AS user
ORDER BY u.username

// Users without their password hashes: a restored user is given a password by an administrator.
MATCH (u:User)
OPTIONAL MATCH (u)-[:RESPONSIBLE_FOR]->(t:Town)
WITH u, t ORDER BY t.code
WITH u, collect(t.code) AS townCodes
RETURN u {.username, .role, .pii, .enabled, townCodes: townCodes} AS properties
ORDER BY u.username

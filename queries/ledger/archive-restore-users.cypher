// Users from a backup: only those not already here, without a password (an administrator sets one).
UNWIND $users AS user
MERGE (u:User {username: user.username})
ON CREATE SET u.role = user.role, u.pii = user.pii, u.enabled = user.enabled, u.createdAt = datetime(),
              u.createdBy = $by, u.restored = true
WITH u, user
WHERE u.restored = true AND u.createdBy = $by AND u.passwordHash IS NULL
UNWIND user.townCodes AS townCode
MATCH (t:Town {code: townCode})
MERGE (u)-[:RESPONSIBLE_FOR]->(t)

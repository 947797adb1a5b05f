CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, pii: $pii, enabled: true,
                createdAt: datetime(), createdBy: $by})
WITH u
UNWIND $townCodes AS townCode
MATCH (t:Town {code: townCode})
MERGE (u)-[:RESPONSIBLE_FOR]->(t)

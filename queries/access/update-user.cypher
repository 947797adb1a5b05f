// Replaces a user's role, permissions, state and towns; the password hash only when a new one is given.
MATCH (u:User {username: $username})
SET u.role = $role, u.pii = $pii, u.enabled = $enabled,
    u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.updatedAt = datetime(), u.updatedBy = $by
WITH u
CALL (u) {
  MATCH (u)-[old:RESPONSIBLE_FOR]->(t:Town) WHERE NOT t.code IN $townCodes
  DELETE old
}
WITH u
UNWIND $townCodes AS townCode
MATCH (t:Town {code: townCode})
MERGE (u)-[:RESPONSIBLE_FOR]->(t)

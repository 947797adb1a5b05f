// A user with no towns, unless a user of that name exists. The uniqueness constraint on user names makes MERGE
// atomic: of two instances creating the first administrator at the same moment, one creates it and the other,
// waiting on the constraint's lock, finds it and changes nothing.
MERGE (u:User {username: $username})
  ON CREATE SET u.passwordHash = $passwordHash, u.role = $role, u.pii = $pii, u.enabled = true,
                u.createdAt = datetime(), u.createdBy = $by

// A fragment, not a statement: the user u as stored, as `user` (null when u is), with everything a request is
// signed in by: role, towns, pii, state and the password hash a sign-in checks. Taken in by every statement that
// signs a request in (access/user-by-username, access/sign-in, access/session-by-id, access/api-token-by-hash), so
// that a new right reaches them all at once.
CALL (u) {
  RETURN u {.username, .passwordHash, .role, .pii, .enabled,
            townCodes: COLLECT { MATCH (u)-[:RESPONSIBLE_FOR]->(town:Town) RETURN town.code }} AS user
}

// Lifts the locks on a user name from every address, and says whether one held. The address test lets the
// uniqueness constraint's index (username, address) find the name's rows.
MATCH (f:SignInFailures)
WHERE f.username = $username AND f.address IS NOT NULL
WITH collect(f) AS failures, max(f.lockedUntil) AS lockedUntil
FOREACH (f IN failures | DELETE f)
RETURN coalesce($now < lockedUntil, false) AS locked

// Signing in with a password: the user of the name, if there is one, and what the graph holds of that name's wrong
// passwords from the address ($failuresName: the name as counted, cut when very long): whether there are any, and
// the lock they caused. One statement for both, as the user alone was before the failures were in the graph.
OPTIONAL MATCH (u:User {username: $username})
// include: access/user-as-stored
OPTIONAL MATCH (f:SignInFailures {username: $failuresName, address: $address})
RETURN user,
       f IS NOT NULL AS failed,
       f.lockedUntil AS lockedUntil

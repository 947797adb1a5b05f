// The right password: the count for the name from the address starts again.
MATCH (f:SignInFailures {username: $username, address: $address})
DELETE f

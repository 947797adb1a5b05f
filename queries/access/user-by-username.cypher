MATCH (u:User {username: $username})
// include: access/user-as-stored
RETURN user

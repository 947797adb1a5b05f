// Staff who may sign in; a user bound to towns (属地) is tied to them with RESPONSIBLE_FOR.
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;

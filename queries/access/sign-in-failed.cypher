// A wrong password for a user name from an address, counted where every instance of the service counts it. The
// failures still in the window are kept (none once a lock has passed), with this one, at most $attempts of them,
// the newest; that many lock the name out from the address until $lockedUntil.
// The first SET writes before anything of the node is read, taking its write lock: two instances counting at
// once wait for each other, and each reads the failures the other counted, so that neither is lost.
MERGE (f:SignInFailures {username: $username, address: $address})
SET f.keptUntil = $windowEnds
WITH f
SET f.at = (CASE
              WHEN f.lockedUntil IS NULL OR $now < f.lockedUntil THEN [t IN coalesce(f.at, []) WHERE t > $since]
              ELSE []
            END + [$now])[-$attempts..]
WITH f, size(f.at) >= $attempts AS locked
SET f.lockedUntil = CASE WHEN locked THEN $lockedUntil END,
    f.keptUntil = CASE WHEN locked AND $lockedUntil > $windowEnds THEN $lockedUntil ELSE $windowEnds END
RETURN locked

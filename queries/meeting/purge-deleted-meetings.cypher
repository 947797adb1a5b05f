// Purge: deleted meetings go for good.
MATCH (n:DeletedMeeting)
WITH n, toString(n.date) + ' ' + n.body AS key
DETACH DELETE n
RETURN 'DeletedMeeting' AS label, key

// Purge: deleted sites go for good, with their ties and their activities.
MATCH (n:DeletedSite)
WITH n, n.id AS key
CALL (n) {
  OPTIONAL MATCH (n)<-[:AT_SITE]-(a:SiteActivity)
  DETACH DELETE a
}
DETACH DELETE n
RETURN 'DeletedSite' AS label, key

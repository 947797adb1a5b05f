// Purge: what was soft-deleted goes for good, ties included, and so do the contacts a purged person took part in.
// The audit trail keeps that it happened.
MATCH (n)
WHERE n:DeletedVillage OR n:DeletedEnterprise OR n:DeletedLeader OR n:DeletedRepresentative
   OR n:DeletedSite OR n:DeletedProblem OR n:DeletedDuty OR n:DeletedMeeting
WITH n, [label IN labels(n) WHERE label STARTS WITH 'Deleted'][0] AS label,
     coalesce(n.code, n.creditCode, n.id, toString(n.date) + ' ' + n.body) AS key
CALL (n) {
  OPTIONAL MATCH (n)-[:MADE_CONTACT|WITH]-(c:Contact)
  DETACH DELETE c
}
// a purged site's activities, and a purged duty's checks, go with it
CALL (n) {
  OPTIONAL MATCH (n)<-[:AT_SITE]-(a:SiteActivity)
  DETACH DELETE a
}
CALL (n) {
  OPTIONAL MATCH (n)<-[:CHECKS]-(c:DutyCheck)
  DETACH DELETE c
}
DETACH DELETE n
RETURN label, key

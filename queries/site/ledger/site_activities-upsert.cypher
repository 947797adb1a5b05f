// An activity is a node at its site: (a:SiteActivity)-[:AT_SITE]->(s:Site), and each member named took part in
// it, (m:Member)-[:TOOK_PART]->(a); the ties follow member_ids (a member no longer named loses theirs). The
// import has checked that the site and the members exist and are the user's. Answers, per row, whether it created
// the activity and what it replaced, read under the activity's lock.
UNWIND $rows AS row
MATCH (s:Site {id: row.siteId})
WHERE $userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
MERGE (a:SiteActivity {siteId: row.siteId, date: row.date, title: row.title})
  ON CREATE SET a.upsertCreated = true
  ON MATCH SET a.upsertCreated = false
WITH row, s, a, a.upsertCreated AS created
REMOVE a.upsertCreated
WITH row, s, a, created,
     CASE WHEN created THEN null ELSE a {.siteId, .date, .title, .participants, .memberIds} END AS before
MERGE (a)-[:AT_SITE]->(s)
SET a.participants = row.participants,
    a.memberIds = row.memberIds
WITH row, a, created, before,
     CASE WHEN row.memberIds IS NULL THEN [] ELSE [id IN split(row.memberIds, '|') | trim(id)] END AS ids
CALL (a, ids) {
  MATCH (m:Member)-[old:TOOK_PART]->(a)
  WHERE NOT m.id IN ids
  DELETE old
}
CALL (a, ids) {
  UNWIND ids AS id
  MATCH (m:Member {id: id})
  MERGE (m)-[:TOOK_PART]->(a)
}
RETURN [row.siteId, row.date, row.title] AS key, created, before

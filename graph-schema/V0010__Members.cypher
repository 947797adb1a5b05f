// United-front members (统战成员), known by their id; the constraint keeps concurrent imports of one id on one
// node and serves the import's look-ups. A member's history hangs off them: (:Member)-[:CHANGED]->(:MemberChange).
CREATE CONSTRAINT member_id IF NOT EXISTS FOR (m:Member) REQUIRE m.id IS UNIQUE;
// Search of the member ledger by name, as search by name elsewhere (V0005): character pairs for two characters or
// more, the range index for a name's start.
CREATE FULLTEXT INDEX member_name_search IF NOT EXISTS
FOR (m:Member) ON EACH [m.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE INDEX member_name IF NOT EXISTS FOR (m:Member) ON (m.name);

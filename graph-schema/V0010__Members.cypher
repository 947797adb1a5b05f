// United-front members (统战成员), known by their id; the constraint keeps concurrent imports of one id on one
// node and serves the import's look-ups. A member's history hangs off them: (:Member)-[:CHANGED]->(:MemberChange).
CREATE CONSTRAINT member_id IF NOT EXISTS FOR (m:Member) REQUIRE m.id IS UNIQUE;

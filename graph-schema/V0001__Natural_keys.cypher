// Every record a clerk keeps in a ledger has a natural key; the graph refuses a second node with the same key.
// Each uniqueness constraint is backed by a range index, which serves look-ups and ORDER BY on the key.
CREATE CONSTRAINT town_code IF NOT EXISTS FOR (t:Town) REQUIRE t.code IS UNIQUE;
CREATE CONSTRAINT village_code IF NOT EXISTS FOR (v:Village) REQUIRE v.code IS UNIQUE;
CREATE CONSTRAINT enterprise_credit_code IF NOT EXISTS FOR (e:Enterprise) REQUIRE e.creditCode IS UNIQUE;
CREATE CONSTRAINT leader_id IF NOT EXISTS FOR (l:Leader) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT representative_id IF NOT EXISTS FOR (r:Representative) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (p:Project) REQUIRE p.id IS UNIQUE;

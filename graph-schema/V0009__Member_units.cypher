// Member units (成员单位), known by their code; the constraint keeps concurrent imports of one code on one node
// and serves the import's look-ups.
CREATE CONSTRAINT unit_code IF NOT EXISTS FOR (u:Unit) REQUIRE u.code IS UNIQUE;

// The staff who do the work (统战干部), known by their id; the constraint keeps concurrent imports of one id on one
// node and serves the import's look-ups. Posts are found from their town or village.
CREATE CONSTRAINT staff_id IF NOT EXISTS FOR (s:Staff) REQUIRE s.id IS UNIQUE;

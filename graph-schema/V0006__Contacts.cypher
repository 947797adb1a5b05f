// A contact on a friendship's timeline is known by its two people, its date and its kind. The constraint makes
// concurrent imports of the same contact meet on one node, and its index serves the import's look-ups.
CREATE CONSTRAINT contact_key IF NOT EXISTS
FOR (c:Contact) REQUIRE (c.leaderId, c.representativeId, c.date, c.kind) IS UNIQUE;
// The last contact a friendships ledger states is kept apart from lastContact, which is the newer of it and the
// newest recorded contact.
MATCH ()-[f:BEFRIENDS]->()
WHERE f.lastContact IS NOT NULL AND f.ledgerLastContact IS NULL
SET f.ledgerLastContact = f.lastContact;

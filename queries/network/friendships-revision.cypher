// What the key connectors were computed from, cheaply: the revision every write of friendships or people sets
// (queries/ledger/*-upsert, queries/people/delete-*), and the counts of friendships and people from the count
// store, which also change when something writes around those statements (a store emptied, a raw fix).
OPTIONAL MATCH (revision:Revision {of: 'friendships'})
WITH collect(revision.id) AS revisions
RETURN {revisions: revisions,
        friendships: COUNT { ()-[:BEFRIENDS]->() },
        leaders: COUNT { (:Leader) },
        representatives: COUNT { (:Representative) }} AS revision

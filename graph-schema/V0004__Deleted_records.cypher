// Soft-deleted records keep their key under a label of their own, so that purging and history look-ups by key
// are served by an index; the keys need not be unique, as a record may be deleted, re-imported and deleted again.
CREATE INDEX deleted_village_code IF NOT EXISTS FOR (v:DeletedVillage) ON (v.code);
CREATE INDEX deleted_enterprise_credit_code IF NOT EXISTS FOR (e:DeletedEnterprise) ON (e.creditCode);
CREATE INDEX deleted_leader_id IF NOT EXISTS FOR (l:DeletedLeader) ON (l.id);
CREATE INDEX deleted_representative_id IF NOT EXISTS FOR (r:DeletedRepresentative) ON (r.id);

// One audit entry, written in the transaction of the change it records.
CREATE (:AuditEntry {id: $id, at: datetime(), username: $username, operation: $operation, kind: $kind,
                     keys: $keys, changes: $changes})

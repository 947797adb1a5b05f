// The first migration, edited after it was applied.
CREATE (:SchemaSpec {migration: 1, edited: true});

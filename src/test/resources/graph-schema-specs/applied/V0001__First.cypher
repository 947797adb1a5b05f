// A migration that leaves a trace each time it runs.
CREATE (:SchemaSpec {migration: 1});

// Added after the first was applied.
CREATE (:SchemaSpec {migration: 2});

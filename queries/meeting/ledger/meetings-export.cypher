// Every meeting, in key order, as the properties an import row carries: the backup's content.
MATCH (m:Meeting)
RETURN m {.date, .body, .topic} AS properties
ORDER BY m.date, m.body

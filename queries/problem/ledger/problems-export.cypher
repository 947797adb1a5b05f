// Every problem the user may see, in key order, as the properties an import row carries: the backup's content.
MATCH (p:Problem)-[:CONCERNS]->(e:Enterprise)-[:IN_TOWN]->(t:Town)
WHERE $userTowns IS NULL OR t.code IN $userTowns
RETURN p {.id, creditCode: e.creditCode, .raisedOn, .category, .title, .leadCode, .assignedOn, .dueOn, .resolvedOn,
          .satisfaction, .note} AS properties
ORDER BY p.id

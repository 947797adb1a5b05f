// Every check the user may see, in key order, as the properties an import row carries: the backup's.
MATCH (c:DutyCheck)-[:CHECKS]->(d:Duty)
WHERE $userTowns IS NULL OR d.holderCode IN $userTowns
RETURN c {.dutyId, .checkedOn, .result, .score, .action, .note} AS properties
ORDER BY c.dutyId, c.checkedOn

// The stored checks among $keys, as the properties a duty_checks row carries; a check is its duty's holder's.
UNWIND $keys AS key
MATCH (c:DutyCheck {dutyId: key.dutyId, checkedOn: key.checkedOn})
OPTIONAL MATCH (c)-[:CHECKS]->(d:Duty)
WITH c, $userTowns IS NULL OR d.holderCode IN $userTowns AS ours
RETURN {properties: c {.dutyId, .checkedOn, .result, .score, .action, .note},
        visible: ours,
        mayChange: ours} AS stored

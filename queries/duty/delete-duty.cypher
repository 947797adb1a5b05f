// Soft delete: the duty leaves its holder's list, the ranking and the work report (they match :Duty) but stays, with
// its checks, as history. A town's user deletes their town's duties, never a unit's, as they import them.
MATCH (d:Duty {id: $key})
WHERE $userTowns IS NULL OR d.holderCode IN $userTowns
REMOVE d:Duty
SET d:DeletedDuty, d.deletedAt = datetime(), d.deletedBy = $username
RETURN d.id AS key

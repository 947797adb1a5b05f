// Soft delete: the problem leaves the board, the figures per lead and the work report (they match :Problem) but
// stays, with its enterprise and lead, as history. A problem is its enterprise's town's.
MATCH (p:Problem {id: $key})
WHERE $userTowns IS NULL
   OR EXISTS { (p)-[:CONCERNS]->(:Enterprise)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
REMOVE p:Problem
SET p:DeletedProblem, p.deletedAt = datetime(), p.deletedBy = $username
RETURN p.id AS key

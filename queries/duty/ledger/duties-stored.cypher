// The stored duties among $keys, as the properties a duties ledger row carries. A duty is its holder's: a user
// bound to towns sees and changes their towns' duties, never a unit's.
UNWIND $keys AS key
MATCH (d:Duty {id: key.id})
WITH d, $userTowns IS NULL OR d.holderCode IN $userTowns AS ours
RETURN {properties: d {.id, .holderCode, .kind, .title, .year, .dueOn, .weight},
        visible: ours,
        mayChange: ours} AS stored

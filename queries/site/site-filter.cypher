// Whether site `s` is one $filter asks for, in the user's towns: a user bound to towns sees their towns' sites,
// not the district's (no town). Below standard: fewer than the six 六有 met (each value is stored once).
($userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(ft:Town) WHERE ft.code IN $userTowns })
AND ($filter.kind IS NULL OR s.kind = $filter.kind)
AND ($filter.level IS NULL OR s.level = $filter.level)
AND ($filter.domain IS NULL OR s.domain = $filter.domain)
AND ($filter.townCode IS NULL OR EXISTS { (s)-[:IN_TOWN]->(:Town {code: $filter.townCode}) })
AND ($filter.belowStandard IS NULL
     OR $filter.belowStandard = (CASE WHEN s.standards IS NULL THEN 0 ELSE size(split(s.standards, '|')) END < 6))

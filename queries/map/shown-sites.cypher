// Of site `s`, found in the box: whether the view shows it.
  AND ($userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(ut:Town) WHERE ut.code IN $userTowns })
  AND ($townCode IS NULL OR EXISTS { (s)-[:IN_TOWN]->(:Town {code: $townCode}) })
  AND coalesce(s.establishedOn <= $today, true)

// Of enterprise `e`, found in the box: whether the user may see it (enterprise/enterprises-by-credit-code's rule)
// and whether it belongs to the view's town, $townCode, when one is given. Its town is looked at only when one of
// those asks it: a view of every town (the country's, as an administrator) need not read each enterprise's town.
WITH e
WHERE ($userTowns IS NULL AND $townCode IS NULL)
   OR EXISTS {
        MATCH (e)-[:IN_TOWN]->(et:Town)
        WHERE ($userTowns IS NULL OR et.code IN $userTowns
               OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
          AND ($townCode IS NULL OR et.code = $townCode
               OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(:Town {code: $townCode}) })
      }

MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE v.code IN $codes
  AND ($userTowns IS NULL OR t.code IN $userTowns)
RETURN v {.code, .name, townCode: t.code, .kind, .households, .establishedOn, .latitude,
          .longitude} AS village

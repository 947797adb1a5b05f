// Sites by id; a user bound to towns sees those of their towns.
MATCH (s:Site)
WHERE s.id IN $ids
  AND ($userTowns IS NULL OR EXISTS { (s)-[:IN_TOWN]->(st:Town) WHERE st.code IN $userTowns })
// include: site/site-places
RETURN
// include: site/site-fields
AS site

// Member units by code, with their town (none for a unit of the district).
MATCH (u:Unit)
WHERE u.code IN $codes
RETURN u {.code, .name, .domain, townCode: [(u)-[:IN_TOWN]->(t:Town) | t.code][0]} AS unit

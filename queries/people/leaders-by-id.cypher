MATCH (l:Leader)
WHERE l.id IN $ids
OPTIONAL MATCH (l)-[:IN_TOWN]->(t:Town)
RETURN l {.id, .name, .gender, .role, .level, townCode: t.code} AS leader

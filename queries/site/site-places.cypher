// Where site `s` is and whose it is, as t, v, e and u (each at most one). Read by OPTIONAL MATCH rather than by
// pattern comprehensions inside the projection: after an ORDER BY on a property, those made Neo4j 5.26's planner
// fail ("insertCachedProperties ... should not appear non-cached").
OPTIONAL MATCH (s)-[:IN_TOWN]->(t:Town)
OPTIONAL MATCH (s)-[:IN_VILLAGE]->(v:Village)
OPTIONAL MATCH (s)-[:AT_ENTERPRISE]->(e:Enterprise)
OPTIONAL MATCH (s)-[:OF_UNIT]->(u:Unit)

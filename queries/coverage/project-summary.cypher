// Projects by status with their investment (10,000 yuan), in all, per town (of the village) and per industry (of
// the enterprise), for town $townCode or the district, as the user may see them. Unknown investment adds 0.
MATCH (e:Enterprise)-[:CARRIES_OUT]->(p:Project)-[:BENEFITS]->(v:Village)-[:IN_TOWN]->(t:Town)
WHERE ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
WITH p, t, e
CALL (p, t, e) {
  RETURN 'ALL' AS by, null AS key, null AS name
  UNION ALL
  RETURN 'TOWN' AS by, t.code AS key, t.name AS name
  UNION ALL
  RETURN 'INDUSTRY' AS by, e.industry AS key, null AS name
}
WITH by, key, name, count(p) AS projects, sum(coalesce(p.investmentWan, 0.0)) AS investmentWan,
     count(CASE p.status WHEN 'PLANNED' THEN 1 END) AS planned,
     count(CASE p.status WHEN 'IN_PROGRESS' THEN 1 END) AS inProgress,
     count(CASE p.status WHEN 'COMPLETED' THEN 1 END) AS completed
ORDER BY by, key
RETURN {by: by, key: key, name: name, projects: projects, investmentWan: investmentWan, planned: planned,
        inProgress: inProgress, completed: completed} AS slice

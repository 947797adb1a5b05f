// The holders of $kind (TOWN or UNIT) with duties in $year, in the user's reach (a user bound to towns: their towns
// only, no unit), by rate: the latest checks' scores over the weights of the year's items (an item not yet checked,
// or checked without a score, scores 0). Outstanding: items whose latest check's action is a reminder or a
// rectification; a later check settles it. At most $limit holders.
CALL () {
  MATCH (t:Town)
  WHERE $kind = 'TOWN' AND ($userTowns IS NULL OR t.code IN $userTowns)
  RETURN t AS h
  UNION
  MATCH (u:Unit)
  WHERE $kind = 'UNIT' AND $userTowns IS NULL
  RETURN u AS h
}
CALL (h) {
  MATCH (d:Duty {holderCode: h.code, year: $year})
  CALL (d) {
    OPTIONAL MATCH (c:DutyCheck)-[:CHECKS]->(d)
    WITH c
    ORDER BY c.checkedOn DESC
    LIMIT 1
    RETURN c.score AS score, c.action AS action
  }
  RETURN count(d) AS items, sum(d.weight) AS weight, sum(score) AS score,
         count(CASE WHEN action = 'REMINDER' THEN d END) AS reminders,
         count(CASE WHEN action = 'RECTIFICATION' THEN d END) AS rectifications
}
WITH h, items, weight, score, reminders, rectifications
WHERE items > 0
WITH h, items, weight, score, reminders, rectifications, toFloat(score) / weight AS rate
ORDER BY rate DESC, score DESC, h.code
LIMIT $limit
RETURN {holder: {kind: $kind, code: h.code, name: h.name}, items: items, weight: weight, score: score, rate: rate,
        remindersOutstanding: reminders, rectificationsOutstanding: rectifications} AS standing

// A fragment, not a statement: how many members $filter matches, counted without reading every member, when it
// asks for no more than a category, a tier and a day, or only whether they are representatives ($filter.kept, set
// when a count is asked), and the user sees every town: `countKept`, which member/members-page works out before it,
// and by which it reads every matching member otherwise. Counted as the page filters: with a day, the members in the ledger that day by the
// values in force on it (member/tallied-on-day); without one, every member by today's values, those who left too:
// the tallies of both (V0022, V0024), or Neo4j's own counts of members and of their ties to representatives (a
// member names at most one). Leaves `kept`; only a count on a day reads members: those whose category or tier
// changed since the day.
CALL (countKept) {
  WITH $filter AS f
  WHERE countKept AND f.asOf IS NOT NULL
  WITH f.asOf AS day
  // include: member/tallied-on-day
  UNWIND memberGroups AS g
  WITH g
  WHERE ($filter.category IS NULL OR g.category = $filter.category) AND ($filter.tier IS NULL OR g.tier = $filter.tier)
  RETURN sum(g.members) AS onTheDay
}
CALL (countKept) {
  WITH $filter AS f
  WHERE countKept AND f.asOf IS NULL
    AND (f.category IS NOT NULL OR f.tier IS NOT NULL)
  MATCH (t:MemberTally)
  WHERE ($filter.category IS NULL OR t.category = $filter.category) AND ($filter.tier IS NULL OR t.tier = $filter.tier)
  RETURN sum(t.members + t.left) AS tallied
}
// Neo4j's counts, read whatever the filter: they cost nothing
CALL () {
  MATCH (m:Member)
  RETURN count(m) AS everyone
}
CALL () {
  MATCH (:Member)-[r:IS_REPRESENTATIVE]->()
  RETURN count(r) AS linked
}
WITH *, onTheDay + tallied + CASE
                               WHEN NOT countKept OR $filter.asOf IS NOT NULL OR $filter.category IS NOT NULL
                                    OR $filter.tier IS NOT NULL THEN 0
                               WHEN $filter.representative THEN linked
                               WHEN NOT $filter.representative THEN everyone - linked
                               ELSE everyone END AS kept

// A fragment, not a statement: of the members m a page statement has started from, those that match $filter in
// all but the name (which each page's start takes): in the ledger on $filter.asOf, in the user's towns today, a
// representative or not, and by the category, tier, town, village and unit in force on $filter.asOf (today's
// without a day), read back by member/values-on. Leaves m and was. Taken in by member/members-page*.
WITH m
// Without a day the values are today's: the category and tier are asked of the member first, so that only the
// members that have them go through the checks below, which read ties and history.
WHERE $filter.asOf IS NOT NULL OR (($filter.category IS NULL OR m.category = $filter.category)
                                    AND ($filter.tier IS NULL OR m.tier = $filter.tier))
WITH m
WHERE ($filter.asOf IS NULL OR (m.joinedOn <= $filter.asOf AND (m.leftOn IS NULL OR m.leftOn > $filter.asOf)))
  AND ($userTowns IS NULL OR EXISTS { (m)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns })
  AND ($filter.representative IS NULL
       OR ($filter.representative AND EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) })
       OR (NOT $filter.representative AND NOT EXISTS { (m)-[:IS_REPRESENTATIVE]->(:Representative) }))
// The history is read only for a day: without one, every value is today's (was is null), and a page of a name's
// thousands of matches does not pay for reading nothing for each of them.
CALL (m) {
  WITH m
  WHERE $filter.asOf IS NULL
  RETURN null AS was
  UNION ALL
  WITH m, $filter.asOf AS day
  WHERE day IS NOT NULL
  // include: member/values-on
  RETURN was
}
WITH m, was
WHERE ($filter.category IS NULL OR coalesce(was.CATEGORY, {value: m.category}).value = $filter.category)
  AND ($filter.tier IS NULL OR coalesce(was.TIER, {value: m.tier}).value = $filter.tier)
  AND ($filter.townCode IS NULL OR CASE WHEN was.TOWN IS NULL
                                 THEN EXISTS { (m)-[:IN_TOWN]->(:Town {code: $filter.townCode}) }
                                 ELSE was.TOWN.value = $filter.townCode END)
  AND ($filter.villageCode IS NULL OR CASE WHEN was.VILLAGE IS NULL
                                    THEN EXISTS { (m)-[:IN_VILLAGE]->(:Village {code: $filter.villageCode}) }
                                    ELSE was.VILLAGE.value = $filter.villageCode END)
  AND ($filter.unitCode IS NULL OR CASE WHEN was.UNIT IS NULL
                                 THEN EXISTS { (m)-[:IN_UNIT]->(:Unit {code: $filter.unitCode}) }
                                 ELSE was.UNIT.value = $filter.unitCode END)

// A fragment, not a statement: the one rule by which a member's history is read back, taken in by
// `// include: member/values-on` (CypherFile) in member/members-page and report/work-report. Given a member m and
// a day (null: today), `was` holds, for each of CATEGORY, TIER, TOWN, VILLAGE and UNIT, the value in force on that
// day when the field changed after it, as {value: the `before` of the earliest change after the day} (the value
// may be null: no village, no unit), and null when it did not: then today's value holds, as
// coalesce(was.TIER, {value: m.tier}).value. Of two changes of a field on that earliest day (a correction), the
// first is the one whose `before` no other of them left behind. leftOn is not read back: it is itself the day the
// member left, whenever that was recorded. Only the member's changes after the day are read, from the member: the
// change has no label here so that the planner cannot seek member_change_on for each member instead.
CALL (m, day) {
  OPTIONAL MATCH (m)-[:CHANGED]->(c)
  WHERE day IS NOT NULL AND c.on > day
  WITH c
  ORDER BY c.on
  WITH collect(c) AS later
  WITH [field IN ['CATEGORY', 'TIER', 'TOWN', 'VILLAGE', 'UNIT'] | [c IN later WHERE c.field = field]] AS byField
  WITH [changes IN byField |
         head([c IN changes
               WHERE c.on = changes[0].on
                 AND none(o IN changes WHERE o.on = c.on AND o <> c
                                         AND coalesce(o.after, '') = coalesce(c.before, ''))] + changes)] AS earliest
  RETURN {CATEGORY: CASE WHEN earliest[0] IS NULL THEN null ELSE {value: earliest[0].before} END,
          TIER: CASE WHEN earliest[1] IS NULL THEN null ELSE {value: earliest[1].before} END,
          TOWN: CASE WHEN earliest[2] IS NULL THEN null ELSE {value: earliest[2].before} END,
          VILLAGE: CASE WHEN earliest[3] IS NULL THEN null ELSE {value: earliest[3].before} END,
          UNIT: CASE WHEN earliest[4] IS NULL THEN null ELSE {value: earliest[4].before} END} AS was
}

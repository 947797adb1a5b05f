// Current friendships with no contact for more than $days days: contact fell due $days after the last contact
// (or after the start, when there has been none) and that day is before $today. Longest overdue first; how many
// there are, and a page of up to $fetch after ($afterDue, $afterLeaderId, $afterRepresentativeId). A town's
// when either person is of it; a user bound to towns sees friendships as in friendships-of-leaders.cypher.
// Every friendship is looked at: which are overdue depends on today.
// A town outside the user's towns is as unknown as one that does not exist.
OPTIONAL MATCH (town:Town {code: $townCode})
WHERE $userTowns IS NULL OR town.code IN $userTowns
WITH town
WHERE $townCode IS NULL OR town IS NOT NULL
CALL (town) {
  MATCH (l:Leader)-[f:BEFRIENDS]->(r:Representative)
  WHERE (f.until IS NULL OR f.until >= $today)
    AND (town IS NULL OR EXISTS { (r)-[:IN_TOWN]->(town) } OR EXISTS { (l)-[:IN_TOWN]->(town) })
    AND ($userTowns IS NULL
         OR (EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns }
             AND NOT EXISTS { (l)-[:IN_TOWN]->(lt:Town) WHERE NOT lt.code IN $userTowns }))
  WITH l, f, r, coalesce(f.lastContact, f.since) + duration({days: $days}) AS due
  WHERE due < $today
  ORDER BY due, l.id, r.id
  RETURN collect({friendship: {leaderId: l.id, representativeId: r.id, since: f.since, until: f.until,
                               lastContact: f.lastContact},
                  due: due, daysOverdue: duration.inDays(due, $today).days}) AS overdue
}
RETURN {totalCount: size(overdue),
        page: [x IN overdue WHERE $afterDue IS NULL OR x.due > $afterDue
                                  OR (x.due = $afterDue AND (x.friendship.leaderId > $afterLeaderId
                                      OR (x.friendship.leaderId = $afterLeaderId
                                          AND x.friendship.representativeId > $afterRepresentativeId)))][0..$fetch]}
       AS friendships

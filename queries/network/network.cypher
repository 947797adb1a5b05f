// The network around one person, enterprise, village, town, site, member, member of staff or problem ($id, its
// natural key): everything reachable over the tie types $types within $depth hops (at most 3), nearest first, at most
// $limit nodes with the start among them, and the ties among them. Ties formed before $since (friendships, pairings,
// activities, postings, problems raised), or ended before $today (friendships, pairings, postings), are left out. A
// user bound to towns walks only through their towns (network/visible), and a start outside them is not found at all.
//
// A breadth-first walk, one hop at a time (network/hop, taken in once per hop): each hop expands only the nodes the
// last one kept, and takes at most $limit new nodes (nearest first, then by key), so the work is bounded by depth
// and limit, not by the number of paths. Taking one node more than there is room for says whether the limit cut the
// answer short.
//
// Personal data is never among the properties: leaders', representatives', enterprises', villages', towns' and sites'
// properties leave out phone, birth year and location; members, staff and problems show only a few chosen ones
// (their category and tier; their post; their category, state and dates), never their phone, birth year, political
// details or a problem's note.
CALL () {
  MATCH (n:Leader {id: $id}) RETURN n
  UNION
  MATCH (n:Representative {id: $id}) RETURN n
  UNION
  MATCH (n:Enterprise {creditCode: $id}) RETURN n
  UNION
  MATCH (n:Village {code: $id}) RETURN n
  UNION
  MATCH (n:Town {code: $id}) RETURN n
  UNION
  MATCH (n:Site {id: $id}) RETURN n
  UNION
  MATCH (n:Member {id: $id}) RETURN n
  UNION
  MATCH (n:Staff {id: $id}) RETURN n
  UNION
  MATCH (n:Problem {id: $id}) RETURN n
}
WITH n AS node
WHERE
  // include: network/visible
WITH node AS start
LIMIT 1
WITH start, [] AS kept, [start] AS frontier, false AS truncated, 0 AS hops
// include: network/hop
// include: network/hop
// include: network/hop
WITH [start] + kept AS nodes, truncated
// the ties among the nodes kept: the graph's own, and a site's, derived as the walk derives them
CALL (nodes) {
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[tie]->(b)
    WHERE b IN nodes AND type(tie) IN $types
      AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
      AND ($since IS NULL OR type(tie) <> 'CONCERNS' OR a.raisedOn >= $since)
      AND (tie.until IS NULL OR tie.until >= $today)
    RETURN {from: coalesce(a.code, a.creditCode, a.id), to: coalesce(b.code, b.creditCode, b.id), type: type(tie),
            properties: [key IN keys(tie) WHERE key <> 'ledgerLastContact'
                         | {key: key, value: toString(tie[key])}]} AS tie
    UNION ALL
    UNWIND [a IN nodes WHERE a:Member AND 'TOOK_PART' IN $types] AS a
    MATCH (a)-[:TOOK_PART]->(activity:SiteActivity)-[:AT_SITE]->(b:Site)
    WHERE b IN nodes AND ($since IS NULL OR activity.date >= $since)
    WITH a, b, count(activity) AS activities, max(activity.date) AS lastActivity
    RETURN {from: a.id, to: b.id, type: 'TOOK_PART',
            properties: [{key: 'activities', value: toString(activities)},
                         {key: 'lastActivity', value: toString(lastActivity)}]} AS tie
    UNION ALL
    UNWIND [a IN nodes WHERE a:Staff AND 'STAFFS' IN $types
                        AND (a.until IS NULL OR a.until >= $today) AND ($since IS NULL OR a.since >= $since)] AS a
    MATCH (b:Site {id: a.siteId})
    WHERE b IN nodes
    RETURN {from: a.id, to: b.id, type: 'STAFFS',
            properties: [property IN [{key: 'since', value: toString(a.since)}, {key: 'until', value: toString(a.until)},
                                      {key: 'fullTime', value: toString(a.fullTime)}]
                         WHERE property.value IS NOT NULL]} AS tie
  }
  RETURN collect(tie) AS ties
}
// each node as drawn, in the order kept; a problem's state by the one rule of it (problem/state-on)
UNWIND range(0, size(nodes) - 1) AS position
WITH nodes[position] AS p, position, ties, truncated, $today AS day
// include: problem/state-on
WITH p AS m, position, state, overdue, ties, truncated
ORDER BY position
WITH collect({
    id: coalesce(m.code, m.creditCode, m.id),
    kind: CASE WHEN m:Leader THEN 'LEADER' WHEN m:Representative THEN 'REPRESENTATIVE'
               WHEN m:Enterprise THEN 'ENTERPRISE' WHEN m:Village THEN 'VILLAGE' WHEN m:Site THEN 'SITE'
               WHEN m:Member THEN 'MEMBER' WHEN m:Staff THEN 'STAFF' WHEN m:Problem THEN 'PROBLEM'
               ELSE 'TOWN' END,
    label: coalesce(m.name, m.title),
    properties: CASE
      WHEN m:Member THEN [property IN [{key: 'category', value: m.category}, {key: 'tier', value: m.tier}]
                          WHERE property.value IS NOT NULL]
      WHEN m:Staff THEN [property IN [{key: 'post', value: m.post}] WHERE property.value IS NOT NULL]
      WHEN m:Problem THEN [property IN [{key: 'category', value: m.category}, {key: 'state', value: state},
                                        {key: 'overdue', value: toString(overdue)},
                                        {key: 'raisedOn', value: toString(m.raisedOn)},
                                        {key: 'assignedOn', value: toString(m.assignedOn)},
                                        {key: 'dueOn', value: toString(m.dueOn)},
                                        {key: 'resolvedOn', value: toString(m.resolvedOn)}]
                           WHERE property.value IS NOT NULL]
      ELSE [key IN keys(m) WHERE NOT key IN ['name', 'phone', 'birthYear', 'location', 'code', 'creditCode', 'id']
            | {key: key, value: toString(m[key])}] END
  }) AS drawn, ties, truncated
RETURN {nodes: drawn, edges: ties, truncated: truncated} AS network

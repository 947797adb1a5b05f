// A fragment, not a statement: one hop of the breadth-first walk, taken in by `// include: network/hop` in
// network/network once per hop it may take. Given start, kept (the nodes reached so far, the start aside), frontier
// (those the last hop reached), truncated and hops (the hops taken), it expands the frontier over the ties asked for
// to the new nodes the user may see, keeps at most the room left (by key) and answers the same names, one hop on.
// Past $depth, or once truncated, it reaches nothing.
//
// The graph's own ties are walked as they are, but members and staff are reached over a site's ties only and
// problems over CONCERNS only: a town's IN_TOWN neighbours include every member and staff of it, who would flood
// its network. A site's ties are derived, not stored twice: TOOK_PART from the activities held there that a member
// took part in (on or after $since), STAFFS from the staff whose siteId names it, in post today (posted on or after
// $since).
CALL (start, kept, frontier, truncated, hops) {
  WITH start, kept, frontier
  WHERE $depth > hops AND NOT truncated
  CALL (frontier) {
    // each kind of tie over the frontier at once, a site's ties over its sites, members and staff only
    CALL (frontier) {
      UNWIND frontier AS a
      MATCH (a)-[tie:BEFRIENDS|RUNS|PAIRED_WITH|IN_TOWN|CONCERNS]-(node)
      WHERE type(tie) IN $types
        AND ($since IS NULL OR NOT type(tie) IN ['BEFRIENDS', 'PAIRED_WITH'] OR tie.since >= $since)
        AND (tie.until IS NULL OR tie.until >= $today)
        AND (node:Leader OR node:Representative OR node:Enterprise OR node:Village OR node:Town OR node:Site
             OR (node:Problem AND type(tie) = 'CONCERNS' AND ($since IS NULL OR node.raisedOn >= $since)))
      RETURN node
      UNION
      UNWIND [a IN frontier WHERE a:Site AND 'TOOK_PART' IN $types] AS a
      MATCH (a)<-[:AT_SITE]-(activity:SiteActivity)<-[:TOOK_PART]-(node:Member)
      WHERE $since IS NULL OR activity.date >= $since
      RETURN node
      UNION
      UNWIND [a IN frontier WHERE a:Member AND 'TOOK_PART' IN $types] AS a
      MATCH (a)-[:TOOK_PART]->(activity:SiteActivity)-[:AT_SITE]->(node:Site)
      WHERE $since IS NULL OR activity.date >= $since
      RETURN node
      UNION
      UNWIND [a IN frontier WHERE a:Site AND 'STAFFS' IN $types] AS a
      MATCH (node:Staff {siteId: a.id})
      WHERE (node.until IS NULL OR node.until >= $today) AND ($since IS NULL OR node.since >= $since)
      RETURN node
      UNION
      UNWIND [a IN frontier WHERE a:Staff AND 'STAFFS' IN $types
                                 AND (a.until IS NULL OR a.until >= $today) AND ($since IS NULL OR a.since >= $since)] AS a
      MATCH (node:Site {id: a.siteId})
      RETURN node
    }
    WITH node
    WHERE
      // include: network/visible
    RETURN DISTINCT node
  }
  WITH node, start, kept
  WHERE node <> start AND NOT node IN kept
  WITH node
  ORDER BY coalesce(node.code, node.creditCode, node.id)
  LIMIT $limit
  RETURN collect(node) AS reached
}
WITH start, kept, truncated, hops + 1 AS hops, $limit - 1 - size(kept) AS room, reached
WITH start, kept + reached[0..room] AS kept, reached[0..room] AS frontier, truncated OR size(reached) > room AS truncated,
     hops

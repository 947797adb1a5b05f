// The smallest boxes holding what a view of town $townCode can show: `villages`, its villages (map/shown-villages);
// `all`, those and its enterprises, the enterprises paired with its villages and its sites (map/shown-enterprises,
// shown-sites). A view of the town looks only inside them, so that the point indexes are not asked about the whole
// box a client sends (the page's first view asks about the whole world): the villages, the costly part, inside
// the first; the rest inside the second, which a partner far away can make wide. Nulls when nothing is located.
MATCH (t:Town {code: $townCode})
CALL (t) {
  MATCH (t)<-[:IN_TOWN]-(v:Village)
  WHERE v.longitude IS NOT NULL AND v.latitude IS NOT NULL
  RETURN {west: min(v.longitude), south: min(v.latitude), east: max(v.longitude), north: max(v.latitude)} AS villages
}
CALL (t) {
  CALL (t) {
    MATCH (t)<-[:IN_TOWN]-(x)
    WHERE (x:Village OR x:Enterprise OR x:Site) AND x.longitude IS NOT NULL AND x.latitude IS NOT NULL
    RETURN x.longitude AS longitude, x.latitude AS latitude
    UNION
    MATCH (t)<-[:IN_TOWN]-(:Village)<-[:PAIRED_WITH]-(e:Enterprise)
    WHERE e.longitude IS NOT NULL AND e.latitude IS NOT NULL
    RETURN e.longitude AS longitude, e.latitude AS latitude
  }
  RETURN {west: min(longitude), south: min(latitude), east: max(longitude), north: max(latitude)} AS all
}
RETURN {villages: villages, all: all} AS extent

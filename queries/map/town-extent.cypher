// The smallest box holding everything a view of town $townCode can show (map/shown-villages, shown-enterprises,
// shown-sites): its villages, its enterprises and those paired with its villages, and its sites. A view of the town
// looks only inside it, so that the point indexes are not asked about the whole box a client sends (the page's
// first view asks about the whole world). Nulls when the town has nothing located.
MATCH (t:Town {code: $townCode})
CALL (t) {
  MATCH (t)<-[:IN_TOWN]-(x)
  WHERE (x:Village OR x:Enterprise OR x:Site) AND x.longitude IS NOT NULL AND x.latitude IS NOT NULL
  RETURN x.longitude AS longitude, x.latitude AS latitude
  UNION
  MATCH (t)<-[:IN_TOWN]-(:Village)<-[:PAIRED_WITH]-(e:Enterprise)
  WHERE e.longitude IS NOT NULL AND e.latitude IS NOT NULL
  RETURN e.longitude AS longitude, e.latitude AS latitude
}
RETURN {west: min(longitude), south: min(latitude), east: max(longitude), north: max(latitude)} AS extent

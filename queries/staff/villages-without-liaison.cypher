// The villages with no liaison in post on $on, of the district (or $townCode) in the user's towns: how many, and a
// page of up to $fetch after the village code $after, walking the village_code index in order. A village not yet
// established on $on is not there yet: it lacks no liaison.
CALL () {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
    AND coalesce(v.establishedOn <= $on, true)
    AND NOT EXISTS { (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
                     WHERE s.since <= $on AND (s.until IS NULL OR s.until >= $on) }
  RETURN count(v) AS totalCount
}
CALL () {
  MATCH (v:Village)-[:IN_TOWN]->(t:Town)
  WHERE v.code > coalesce($after, '')
    AND ($townCode IS NULL OR t.code = $townCode) AND ($userTowns IS NULL OR t.code IN $userTowns)
    AND coalesce(v.establishedOn <= $on, true)
    AND NOT EXISTS { (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
                     WHERE s.since <= $on AND (s.until IS NULL OR s.until >= $on) }
  WITH v, t
  ORDER BY v.code
  LIMIT $fetch
  RETURN collect(v {.code, .name, townCode: t.code, .kind, .households, .establishedOn, .latitude,
                    .longitude}) AS page
}
RETURN {totalCount: totalCount, page: page} AS villages

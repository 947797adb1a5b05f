// Where the district's villages lie, for the approximate areas: all of them, whatever the user's towns, since a
// town's area depends on its neighbours' villages. Only the drawn areas of the user's towns leave the service
// (town-areas reads those towns under $userTowns); no village's name, code or point does.
// At most $largest + 1 rows, in no order (the caller sorts them): the caller draws nothing over $largest, and a
// national graph is not sorted whole to find that out.
MATCH (v:Village)-[:IN_TOWN]->(t:Town)
WHERE v.latitude IS NOT NULL AND v.longitude IS NOT NULL
RETURN {townCode: t.code, longitude: v.longitude, latitude: v.latitude} AS point
LIMIT $largest + 1

// The enterprises that could pair with each of these villages, with what the suggestion score is made of
// (PairingSuggestions.java weighs them). Candidates: enterprises within $reachMetres (through the
// enterprise_location point index), those of the village's own town, and those whose representative a leader of
// that town befriends. Left out: enterprises already paired with the village now, and those the user may not see.
// A warm introduction goes only through a representative the user may see: it names them. A village not yet
// established today has none, and a pairing with one is not yet part of an enterprise's load.
UNWIND $villageCodes AS code
MATCH (v:Village {code: code})-[:IN_TOWN]->(town:Town)
WHERE ($userTowns IS NULL OR town.code IN $userTowns) AND coalesce(v.establishedOn <= $today, true)
CALL (v, town) {
  MATCH (e:Enterprise)
  WHERE v.location IS NOT NULL AND point.distance(e.location, v.location) <= $reachMetres
  RETURN e
  UNION
  MATCH (e:Enterprise)-[:IN_TOWN]->(town)
  RETURN e
  UNION
  MATCH (town)<-[:IN_TOWN]-(:Leader)-[f:BEFRIENDS]->(r:Representative)-[:RUNS]->(e:Enterprise)
  WHERE (f.until IS NULL OR f.until >= $today)
    AND ($userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns })
  RETURN e
}
MATCH (e)-[:IN_TOWN]->(et:Town)
WHERE NOT EXISTS { (e)-[p:PAIRED_WITH]->(v) WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today) }
  AND ($userTowns IS NULL OR et.code IN $userTowns
       OR EXISTS { (e)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
CALL (e, town) {
  OPTIONAL MATCH (town)<-[:IN_TOWN]-(l:Leader)-[f:BEFRIENDS]->(r:Representative)-[:RUNS]->(e)
  WHERE (f.until IS NULL OR f.until >= $today)
    AND ($userTowns IS NULL OR EXISTS { (r)-[:IN_TOWN]->(rt:Town) WHERE rt.code IN $userTowns })
  WITH l, r
  ORDER BY l.id, r.id
  LIMIT 1
  RETURN CASE WHEN l IS NULL THEN null
              ELSE {leaderId: l.id, leaderName: l.name, leaderRole: l.role, representativeId: r.id,
                    representativeName: r.name} END AS introducer
}
WITH v, town, e, et, introducer,
     COUNT { (e)-[p:PAIRED_WITH]->(pv:Village)
             WHERE p.since <= $today AND (p.until IS NULL OR p.until >= $today)
               AND coalesce(pv.establishedOn <= $today, true) } AS currentPairings
RETURN {villageCode: v.code, villageKind: v.kind, villageTownCode: town.code,
        enterprise: e {.creditCode, .name, townCode: et.code, .industry, .ownership, .employees, .latitude,
                       .longitude},
        distanceKm: round(point.distance(e.location, v.location) / 1000.0, 2),
        currentPairings: currentPairings,
        introducer: introducer} AS candidate

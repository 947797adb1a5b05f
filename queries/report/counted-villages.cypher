// A fragment, not a statement: the villages the work report counts, given each village of the report's towns once
// as v: those established by $to, and of them those paired and those with a liaison in post on $to. Taken in by
// report/work-report-of-towns (the towns' villages); report/counted-villages-of-district counts the district's
// by the same rule from the pairings and the liaisons.
WITH v
WHERE coalesce(v.establishedOn <= $to, true)
RETURN count(v) AS villages,
       count(CASE WHEN EXISTS {
               (:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $to AND (p.until IS NULL OR p.until >= $to)
             } THEN v END) AS pairedVillages,
       count(CASE WHEN EXISTS {
               (s:Staff {post: 'VILLAGE_LIAISON'})-[:IN_VILLAGE]->(v)
               WHERE s.since <= $to AND (s.until IS NULL OR s.until >= $to)
             } THEN v END) AS liaisonVillages

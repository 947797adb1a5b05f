// Coverage on each of the days $first..$last of a trend, of town $townCode or of the district (as the user may see
// it), in one pass over the pairings however many days there are: how many villages, and the dates of every
// pairing that holds on one of those days at least, grouped so that CoverageFigures can count, day by day, the
// villages one of whose pairings holds (as coverage-of-towns.cypher counts them): a village paired only once
// counts by that pairing's dates, and such pairings with the same dates are counted together; a village paired
// more than once is a group of its own, so that it counts once on a day two of its pairings hold. No row for an
// unknown town, nor for a town outside the user's towns. The villages established after $first (late) come apart
// as well, each with the day it was established on and its pairings' dates: they are counted above as if there
// since always, and CoverageFigures takes each out of the days before it was established, villages and paired.
OPTIONAL MATCH (known:Town {code: $townCode})
WHERE $userTowns IS NULL OR known.code IN $userTowns
WITH known
WHERE $townCode IS NULL OR known IS NOT NULL
CALL (known) {
  // The whole district for a user who sees all of it: the villages from the count store (every village is in a
  // town), the pairings by their type, not enterprise by enterprise.
  WITH known
  WHERE known IS NULL AND $userTowns IS NULL
  CALL () {
    MATCH (v:Village)
    RETURN count(v) AS villages
  }
  CALL () {
    MATCH ()-[p:PAIRED_WITH]->()
    WHERE p.since <= $last AND (p.until IS NULL OR p.until >= $first)
    WITH startNode(p) AS e, p, endNode(p) AS v
    WHERE e:Enterprise AND v:Village
    WITH CASE WHEN COUNT { (v)<-[:PAIRED_WITH]-() } = 1 THEN [p.since, p.until] ELSE elementId(v) END AS key,
         [p.since, p.until] AS span
    WITH key, collect(DISTINCT span) AS spans, count(*) AS pairings
    RETURN collect({spans: spans, villages: CASE WHEN key IS :: STRING THEN 1 ELSE pairings END}) AS groups
  }
  CALL () {
    // few, through the village_established_on index
    MATCH (v:Village)
    WHERE v.establishedOn > $first
    RETURN collect({on: v.establishedOn,
                    spans: [(:Enterprise)-[p:PAIRED_WITH]->(v)
                              WHERE p.since <= $last AND (p.until IS NULL OR p.until >= $first) | [p.since, p.until]]})
           AS late
  }
  RETURN villages, groups, late
  UNION ALL
  // One town, or the user's towns: only their own villages are read.
  WITH known
  WHERE known IS NOT NULL OR $userTowns IS NOT NULL
  OPTIONAL MATCH (t:Town)
  WHERE t.code IN CASE WHEN known IS NULL THEN $userTowns ELSE [known.code] END
  OPTIONAL MATCH (v:Village)-[:IN_TOWN]->(t)
  WITH known, v, [(:Enterprise)-[p:PAIRED_WITH]->(v) WHERE p.since <= $last AND (p.until IS NULL OR p.until >= $first)
                  | [p.since, p.until]] AS spans
  // grouped by the branch's own row, so that none comes out when the branch does not apply
  WITH known, count(v) AS villages, collect(CASE WHEN size(spans) > 0 THEN {spans: spans, villages: 1} END) AS groups,
       collect(CASE WHEN v.establishedOn > $first THEN {on: v.establishedOn, spans: spans} END) AS late
  RETURN villages, groups, late
}
RETURN {villages: villages, groups: groups, late: late} AS trend

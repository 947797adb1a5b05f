// Audit entries, newest first, matching the filter (each part optional), a page after the cursor ($afterAt,
// $afterId) of the previous page; and how many match in all.
CALL () {
  MATCH (a:AuditEntry)
  WHERE ($username IS NULL OR a.username = $username)
    AND ($operation IS NULL OR a.operation = $operation)
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($key IS NULL OR $key IN a.keys)
    AND ($from IS NULL OR a.at >= datetime({date: $from, timezone: $zone}))
    AND ($to IS NULL OR a.at < datetime({date: $to, timezone: $zone}) + duration('P1D'))
  RETURN count(a) AS totalCount
}
CALL () {
  MATCH (a:AuditEntry)
  WHERE ($username IS NULL OR a.username = $username)
    AND ($operation IS NULL OR a.operation = $operation)
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($key IS NULL OR $key IN a.keys)
    AND ($from IS NULL OR a.at >= datetime({date: $from, timezone: $zone}))
    AND ($to IS NULL OR a.at < datetime({date: $to, timezone: $zone}) + duration('P1D'))
    AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
  WITH a
  ORDER BY a.at DESC, a.id DESC
  LIMIT $limit
  RETURN collect(a {.id, at: toString(a.at), .username, .operation, .kind, .keys, .changes}) AS page
}
RETURN {totalCount: totalCount, page: page} AS log

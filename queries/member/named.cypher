// A fragment, not a statement: the members whose name the full-text index found (named) or whose name starts
// with $filter.name (the member_name index), each once, as m. Taken in by member/members-page-named.
UNWIND named AS m
RETURN m
UNION
MATCH (m:Member)
WHERE m.name STARTS WITH $filter.name
RETURN m

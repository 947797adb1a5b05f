// A page of the sites in id order after $filter.after, up to $fetch, and how many match over all pages; filtered
// by kind, level, domain, town and whether below standard (site-filter). The filter comes as one map, whatever it
// holds, so that every combination of filters shares one plan (see member/members-page).
CALL () {
  MATCH (s:Site)
  WHERE
  // include: site/site-filter
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Site)
  WHERE s.id > coalesce($filter.after, '') AND
  // include: site/site-filter
  WITH s
  ORDER BY s.id
  LIMIT $fetch
  // include: site/site-places
  WITH s, t, v, e, u
  ORDER BY s.id
  RETURN collect(
  // include: site/site-fields
  ) AS page
}
RETURN {totalCount: totalCount, page: page} AS sites

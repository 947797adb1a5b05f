// A site as the API reads it, from `s` and its places t, v, e, u (site-places): its references' keys, and its
// 六有 met as a list (the ledger stores the `|`-separated text it was given, each value once and one of the six).
s {.id, .name, .kind, .level, .domain, townCode: t.code, villageCode: v.code, creditCode: e.creditCode,
   unitCode: u.code, .establishedOn,
   standards: CASE WHEN s.standards IS NULL THEN [] ELSE [part IN split(s.standards, '|') | trim(part)] END,
   .rules, .latitude, .longitude}

// How many villages the district has, from the store's counts (no village is read): above the most the
// approximate areas are drawn from, none are drawn, and the points need not be read to learn it.
MATCH (v:Village)
RETURN count(v) AS villages

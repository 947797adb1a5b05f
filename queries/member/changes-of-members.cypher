// The adjustments of these members, newest first (by the day they took effect, then the field).
MATCH (m:Member)-[:CHANGED]->(c:MemberChange)
WHERE m.id IN $ids
RETURN c {memberId: m.id, .on, .field, .before, .after} AS change
ORDER BY c.on DESC, c.field

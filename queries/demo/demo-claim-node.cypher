// The demo district may be loaded into an empty ledger, or to finish a first load that was interrupted (its node
// not complete). Its node is found, or made, and locked by a write, so that demo-claim, in the same transaction,
// reads it as no other instance can change it. No row: a store with records of its own, left alone.
OPTIONAL MATCH (existing:DemoDistrict)
WITH count(existing) AS existing,
     NOT EXISTS {
       MATCH (n)
       WHERE n:Town OR n:Village OR n:Enterprise OR n:Leader OR n:Representative OR n:Project
     } AS empty
WHERE empty OR existing > 0
MERGE (d:DemoDistrict {seed: $seed})
  ON CREATE SET d.complete = false, d.files = []
SET d.askedAt = datetime()
RETURN empty

MATCH (d:DemoDistrict)
SET d.complete = true, d.loadedAt = datetime()
REMOVE d.loadingBy, d.aliveAt

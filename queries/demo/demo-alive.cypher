// The instance loading the demo district is still at it: others keep waiting.
MATCH (d:DemoDistrict {seed: $seed, loadingBy: $instance})
SET d.aliveAt = datetime()

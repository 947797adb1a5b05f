// API tokens: (:User)-[:HOLDS]->(:ApiToken). A request's token is found by the SHA-256 hash of its secret, the
// only form in which the secret is stored; clients name a token by its id.
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;

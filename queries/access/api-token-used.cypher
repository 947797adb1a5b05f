// Notes the day a token was last used (written at most once a day per token).
MATCH (t:ApiToken {id: $id})
SET t.lastUsedOn = $today

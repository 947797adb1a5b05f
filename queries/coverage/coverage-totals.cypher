// The whole district's coverage on the day $asOf as two numbers, for users who see every town: how many villages
// and how many of them are paired on that day (coverage/district-paired-on-day).
WITH $asOf AS day
// include: coverage/district-paired-on-day
RETURN {villages: villages, pairedVillages: pairedVillages} AS coverage

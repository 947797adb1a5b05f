// True while no ledger has been imported: the only nodes are schema bookkeeping, if any.
RETURN NOT EXISTS {
  MATCH (n)
  WHERE n:Town OR n:Village OR n:Enterprise OR n:Leader OR n:Representative OR n:Project
} AS empty

// May the demo district be loaded? Into an empty ledger, or to finish a first load that was interrupted.
RETURN NOT EXISTS {
         MATCH (n)
         WHERE n:Town OR n:Village OR n:Enterprise OR n:Leader OR n:Representative OR n:Project
       } AS empty,
       EXISTS { MATCH (d:DemoDistrict) WHERE d.complete = false } AS unfinished

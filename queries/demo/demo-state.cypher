// May the demo district be loaded? Into an empty ledger, or to finish a first load that was interrupted, then
// without the files it finished.
OPTIONAL MATCH (d:DemoDistrict)
RETURN NOT EXISTS {
         MATCH (n)
         WHERE n:Town OR n:Village OR n:Enterprise OR n:Leader OR n:Representative OR n:Project
       } AS empty,
       coalesce(d.complete = false, false) AS unfinished,
       coalesce(d.files, []) AS filesLoaded

// A fragment, not a statement: whether the network may show a node, taken in by `// include: network/visible` in
// network/network (its start) and network/hop (each node reached). Given `node`, a boolean expression: every node
// for a user of the whole district; for a user bound to towns, a town of theirs; whatever lies in one of their towns
// (IN_TOWN: villages, enterprises, people, members, staff, sites); a district leader (no town); an enterprise of
// another town paired with one of their villages; staff with no town of their own at a site of their towns; a
// problem whose enterprise lies in their towns (a problem is its enterprise's town's, not its partners').
($userTowns IS NULL
 OR (node:Town AND node.code IN $userTowns)
 OR EXISTS { (node)-[:IN_TOWN]->(t:Town) WHERE t.code IN $userTowns }
 OR (node:Leader AND NOT EXISTS { (node)-[:IN_TOWN]->() })
 OR (node:Enterprise AND EXISTS { (node)-[:PAIRED_WITH]->(:Village)-[:IN_TOWN]->(vt:Town) WHERE vt.code IN $userTowns })
 OR (node:Staff AND NOT EXISTS { (node)-[:IN_TOWN]->() }
     AND EXISTS { MATCH (:Site {id: node.siteId})-[:IN_TOWN]->(st:Town) WHERE st.code IN $userTowns })
 OR (node:Problem AND EXISTS { (node)-[:CONCERNS]->(:Enterprise)-[:IN_TOWN]->(pt:Town) WHERE pt.code IN $userTowns }))

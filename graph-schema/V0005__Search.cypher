// Search by name: a full-text index whose cjk analyzer indexes Chinese as character pairs, so two characters
// (a surname and one more) find a person. One character is not a pair: range indexes on the names serve
// "starts with" for that, and the key constraints serve look-ups of ids and codes by their start.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
FOR (n:Leader|Representative|Enterprise|Village|Town) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE INDEX leader_name IF NOT EXISTS FOR (l:Leader) ON (l.name);
CREATE INDEX representative_name IF NOT EXISTS FOR (r:Representative) ON (r.name);
CREATE INDEX enterprise_name IF NOT EXISTS FOR (e:Enterprise) ON (e.name);
CREATE INDEX village_name IF NOT EXISTS FOR (v:Village) ON (v.name);
CREATE INDEX town_name IF NOT EXISTS FOR (t:Town) ON (t.name);

// Sites (阵地), known by their id; the constraint keeps concurrent imports of one id on one node and serves the
// import's look-ups and the sites' pages in id order.
CREATE CONSTRAINT site_id IF NOT EXISTS FOR (s:Site) REQUIRE s.id IS UNIQUE;
// An activity at a site is known by its site, date and title: the constraint makes concurrent imports of one
// activity meet on one node, and its index serves the import's look-ups.
CREATE CONSTRAINT site_activity_key IF NOT EXISTS
FOR (a:SiteActivity) REQUIRE (a.siteId, a.date, a.title) IS UNIQUE;
// A site's staff are the staff whose siteId names it (the staff ledger comes before the sites').
CREATE INDEX staff_site_id IF NOT EXISTS FOR (s:Staff) ON (s.siteId);
// Filters of the sites' page.
CREATE INDEX site_kind IF NOT EXISTS FOR (s:Site) ON (s.kind);
// Search finds sites by name too: its full-text index is made again, under a new name, with sites among its labels
// (cjk analyzer, as V0005), and a range index serves a name's start.
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Leader|Representative|Enterprise|Village|Town|Site) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE INDEX site_name IF NOT EXISTS FOR (s:Site) ON (s.name);

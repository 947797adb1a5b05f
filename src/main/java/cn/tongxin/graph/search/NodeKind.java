package cn.tongxin.graph.search;

/** What a search finds: the schema's NodeKind. */
enum NodeKind {

	LEADER, REPRESENTATIVE, ENTERPRISE, VILLAGE, TOWN, SITE

}

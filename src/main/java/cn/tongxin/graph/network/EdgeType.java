package cn.tongxin.graph.network;

/** The ties a network follows: the schema's EdgeType, and the relationship types of the graph. */
enum EdgeType {

	BEFRIENDS, RUNS, PAIRED_WITH, IN_TOWN

}

package cn.tongxin.graph.network;

/** What key connectors are ranked by: the schema's ConnectorScore. */
enum ConnectorScore {

	DEGREE, BETWEENNESS

}

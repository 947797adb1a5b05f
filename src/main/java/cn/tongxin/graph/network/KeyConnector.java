package cn.tongxin.graph.network;

import org.neo4j.driver.Value;

/** A person who ties others together: how many people directly, and how often on leaders' shortest ways. */
record KeyConnector(String id, String kind, String name, int degree, double betweenness) {

	static KeyConnector from(Value connector) {
		return new KeyConnector(connector.get("id").asString(), connector.get("kind").asString(),
				connector.get("name").asString(), connector.get("degree").asInt(), connector.get("betweenness").asDouble());
	}

}

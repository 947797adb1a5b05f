package cn.tongxin.graph.network;

import java.util.List;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * The network around someone or something, as a graph-drawing front end takes it: nodes with a kind, a label and
 * their properties; ties between them by natural key; and whether the limit cut it short.
 */
record Network(List<Node> nodes, List<Edge> edges, boolean truncated) {

	record Node(String id, String kind, String label, List<Property> properties) {
	}

	record Edge(String from, String to, String type, List<Property> properties) {
	}

	record Property(String key, String value) {
	}

	static Network from(Value network) {
		return new Network(network.get("nodes").asList(node -> new Node(node.get("id").asString(),
				node.get("kind").asString(), GraphValues.text(node.get("label")), properties(node.get("properties")))),
				network.get("edges").asList(edge -> new Edge(edge.get("from").asString(), edge.get("to").asString(),
						edge.get("type").asString(), properties(edge.get("properties")))),
				network.get("truncated").asBoolean());
	}

	private static List<Property> properties(Value properties) {
		return properties.asList(property -> new Property(property.get("key").asString(),
				GraphValues.text(property.get("value"))));
	}

}

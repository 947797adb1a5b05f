package cn.tongxin.graph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * One shortest path between two people, enterprises or villages: its nodes in order, and each tie as a plain
 * sentence, such as 张伟（区委常委）与李娜（非公有制经济人士）结对交友.
 */
record Path(int length, List<Network.Node> nodes, List<Step> steps) {

	/** A tie along the path, as stored (from → to), and what it means in words. */
	record Step(String from, String to, String type, String sentence) {
	}

	/** A leader's role or a representative's category, in words; null for an enterprise or village. */
	private static String qualifier(String role, String category) {
		if (role != null) {
			return LeaderRole.valueOf(role).label();
		}
		return (category != null) ? Category.valueOf(category).label() : null;
	}

	static Path from(Value path) {
		var names = new HashMap<String, String>();
		var described = new HashMap<String, String>();
		List<Network.Node> nodes = path.get("nodes").asList(node -> {
			String id = node.get("id").asString();
			String name = GraphValues.text(node.get("label"));
			String qualifier = qualifier(GraphValues.text(node.get("role")), GraphValues.text(node.get("category")));
			names.put(id, name);
			described.put(id, (qualifier != null) ? name + "（" + qualifier + "）" : name);
			return new Network.Node(id, node.get("kind").asString(), name, List.of());
		});
		List<Step> steps = path.get("ties").asList(tie -> {
			String from = tie.get("from").asString();
			String to = tie.get("to").asString();
			String type = tie.get("type").asString();
			String sentence = switch (type) {
				case "BEFRIENDS" -> described.get(from) + "与" + described.get(to) + "结对交友";
				case "RUNS" -> names.get(from) + " 负责 " + names.get(to);
				case "PAIRED_WITH" -> names.get(from) + " 与 " + names.get(to) + " 结对";
				default -> names.get(from) + " — " + names.get(to);
			};
			return new Step(from, to, type, sentence);
		});
		return new Path(steps.size(), nodes, steps);
	}

}

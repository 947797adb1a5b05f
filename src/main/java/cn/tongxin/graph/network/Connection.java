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
record Connection(int length, List<Network.Node> nodes, List<Step> steps) {

	/** A tie along the path, as stored (from → to), and what it means in words. */
	record Step(String from, String to, String type, String sentence) {
	}

	private static final Map<String, String> ROLES = Map.of(LeaderRole.STANDING_COMMITTEE.name(), "区委常委",
			LeaderRole.PARTY_GROUP.name(), "党组成员", LeaderRole.PARTY_COMMITTEE.name(), "党委委员",
			LeaderRole.BRANCH_COMMITTEE.name(), "党支部委员");

	private static final Map<String, String> CATEGORIES = Map.ofEntries(
			Map.entry(Category.DEMOCRATIC_PARTY.name(), "民主党派成员"), Map.entry(Category.NON_PARTISAN.name(), "无党派人士"),
			Map.entry(Category.INTELLECTUAL.name(), "党外知识分子"), Map.entry(Category.ETHNIC_MINORITY.name(), "少数民族人士"),
			Map.entry(Category.RELIGIOUS.name(), "宗教界人士"), Map.entry(Category.PRIVATE_ECONOMY.name(), "非公有制经济人士"),
			Map.entry(Category.NEW_SOCIAL_STRATA.name(), "新的社会阶层人士"),
			Map.entry(Category.RETURNED_OVERSEAS_STUDENT.name(), "出国和归国留学人员"), Map.entry(Category.HK_MACAO.name(), "港澳同胞"),
			Map.entry(Category.TAIWAN.name(), "台湾同胞及其在大陆的亲属"), Map.entry(Category.OVERSEAS_CHINESE.name(), "华侨、归侨及侨眷"));

	/** A leader's role or a representative's category, in words; null for an enterprise or village. */
	private static String qualifier(String role, String category) {
		if (role != null) {
			return ROLES.get(role);
		}
		return (category != null) ? CATEGORIES.get(category) : null;
	}

	static Connection from(Value path) {
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
		return new Connection(steps.size(), nodes, steps);
	}

}

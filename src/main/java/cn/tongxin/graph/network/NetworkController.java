package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code network(id, depth, types, since, limit)}, {@code connection(fromId, toId, maxHops)} and
 * {@code keyConnectors(first, by)}: each one Cypher round trip, whatever the size of the answer (key connectors: a
 * look-up of the friendships' revision, and the ranking only when it changed). All go over current ties only: an
 * ended friendship or pairing is history, not a way to reach someone.
 */
@Controller
class NetworkController {

	static final int DEEPEST = 3;

	static final int LARGEST = 1000;

	static final List<EdgeType> ALL_TIES = List.of(EdgeType.values());

	static final int LONGEST_CONNECTION = 6;

	private static final String NETWORK = CypherFile.load("network/network");

	private static final String CONNECTION = CypherFile.load("network/connection");

	private final GraphReader graph;

	private final Today today;

	private final KeyConnectors keyConnectors;

	NetworkController(GraphReader graph, Today today, KeyConnectors keyConnectors) {
		this.graph = graph;
		this.today = today;
		this.keyConnectors = keyConnectors;
	}

	/** Every shortest path (at most 10) between two people, enterprises or villages; none beyond maxHops. */
	@QueryMapping
	@Transactional(readOnly = true)
	List<Path> connection(@Argument String fromId, @Argument String toId, @Argument Integer maxHops) {
		var parameters = new HashMap<String, Object>();
		parameters.put("fromId", fromId);
		parameters.put("toId", toId);
		parameters.put("maxHops", InvalidArgument.countFrom1To("maxHops", maxHops, 4, LONGEST_CONNECTION));
		parameters.put("today", this.today.date());
		return this.graph.all(CONNECTION, parameters, "path", Path::from);
	}

	/**
	 * People ranked by degree or by betweenness between leaders and representatives, with both scores: computed
	 * once until the friendships change ({@link KeyConnectors}).
	 */
	@QueryMapping
	@Transactional(readOnly = true)
	List<KeyConnector> keyConnectors(@Argument Integer first, @Argument ConnectorScore by) {
		return this.keyConnectors.ranked(InvalidArgument.countFrom1To("first", first, 20, KeyConnectors.MOST),
				(by != null) ? by : ConnectorScore.BETWEENNESS);
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Network network(@Argument String id, @Argument Integer depth, @Argument List<EdgeType> types,
			@Argument LocalDate since, @Argument Integer limit) {
		int hops = (depth != null) ? depth : 1;
		int most = (limit != null) ? limit : 200;
		if (hops < 1 || hops > DEEPEST) {
			throw new InvalidArgument("depth：1 到 " + DEEPEST + " 层，收到 " + hops);
		}
		if (most < 1 || most > LARGEST) {
			throw new InvalidArgument("limit：1 到 " + LARGEST + " 个节点，收到 " + most);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("depth", hops);
		parameters.put("types", ((types != null && !types.isEmpty()) ? types : ALL_TIES).stream().map(EdgeType::name).toList());
		parameters.put("since", since);
		parameters.put("limit", most);
		parameters.put("today", this.today.date());
		return this.graph.all(NETWORK, parameters, "network", Network::from)
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidArgument("id " + id + "：没有这个人、企业、村（社区）、镇、阵地或企业问题"));
	}

}

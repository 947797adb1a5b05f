package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code network(id, depth, types, since, limit)}: one Cypher round trip, whatever the size of the answer. */
@Controller
class NetworkController {

	static final int DEEPEST = 3;

	static final int LARGEST = 1000;

	static final List<String> ALL_TIES = List.of("BEFRIENDS", "RUNS", "PAIRED_WITH", "IN_TOWN");

	private static final String NETWORK = CypherFile.load("network/network");

	private final GraphReader graph;

	NetworkController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Network network(@Argument String id, @Argument Integer depth, @Argument List<String> types,
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
		parameters.put("types", (types != null && !types.isEmpty()) ? types : ALL_TIES);
		parameters.put("since", since);
		parameters.put("limit", most);
		return this.graph.all(NETWORK, parameters, "network", Network::from)
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidArgument("id " + id + "：没有这个人、企业、村（社区）或镇"));
	}

}

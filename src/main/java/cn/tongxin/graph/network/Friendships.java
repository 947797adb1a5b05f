package cn.tongxin.graph.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Friendships seen from either side, as Cypher over {@code (:Leader)-[:BEFRIENDS]->(:Representative)}. */
@Component
@Transactional(readOnly = true)
class Friendships {

	private static final String OF_LEADERS = CypherFile.load("network/friendships-of-leaders");

	private static final String OF_REPRESENTATIVES = CypherFile.load("network/friendships-of-representatives");

	private final GraphReader graph;

	Friendships(GraphReader graph) {
		this.graph = graph;
	}

	/** Each leader's friendships, by leader id, newest first. */
	Map<String, List<Friendship>> ofLeaders(Collection<String> leaderIds) {
		return this.graph.groupedBy(OF_LEADERS, "leaderIds", leaderIds, "friendship", Friendship::from,
				Friendship::leaderId);
	}

	/** Who befriends each representative, by representative id, newest first. */
	Map<String, List<Friendship>> ofRepresentatives(Collection<String> representativeIds) {
		return this.graph.groupedBy(OF_REPRESENTATIVES, "representativeIds", representativeIds, "friendship",
				Friendship::from, Friendship::representativeId);
	}

}

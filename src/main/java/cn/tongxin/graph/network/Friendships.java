package cn.tongxin.graph.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Friendships seen from either side, as Cypher over {@code (:Leader)-[:BEFRIENDS]->(:Representative)}. */
@Component
@Transactional(readOnly = true)
class Friendships {

	private static final String OF_LEADERS = CypherFile.load("network/friendships-of-leaders");

	private static final String OF_REPRESENTATIVES = CypherFile.load("network/friendships-of-representatives");

	private final Neo4jClient neo4j;

	Friendships(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Each leader's friendships, by leader id, newest first. */
	Map<String, List<Friendship>> ofLeaders(Collection<String> leaderIds) {
		return query(OF_LEADERS, "leaderIds", leaderIds).stream()
			.collect(Collectors.groupingBy(Friendship::leaderId));
	}

	/** Who befriends each representative, by representative id, newest first. */
	Map<String, List<Friendship>> ofRepresentatives(Collection<String> representativeIds) {
		return query(OF_REPRESENTATIVES, "representativeIds", representativeIds).stream()
			.collect(Collectors.groupingBy(Friendship::representativeId));
	}

	private Collection<Friendship> query(String cypher, String parameter, Collection<String> ids) {
		return this.neo4j.query(cypher)
			.bind(List.copyOf(ids))
			.to(parameter)
			.fetchAs(Friendship.class)
			.mappedBy((types, record) -> Friendship.from(record.get("friendship")))
			.all();
	}

}

package cn.tongxin.graph.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.people.Representative;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Today;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Friendships seen from either side, as Cypher over {@code (:Leader)-[:BEFRIENDS]->(:Representative)}. */
@Component
@Transactional(readOnly = true)
public class Friendships {

	private static final String OF_LEADERS = CypherFile.load("network/friendships-of-leaders");

	private static final String OF_REPRESENTATIVES = CypherFile.load("network/friendships-of-representatives");

	private final GraphReader graph;

	private final Today today;

	Friendships(GraphReader graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	/** Each leader's friendships, by leader id, newest first; ended ones only when {@code includeEnded}. */
	Map<String, List<Friendship>> ofLeaders(Collection<String> leaderIds, boolean includeEnded) {
		return ofLeaders(leaderIds, includeEnded, null);
	}

	/**
	 * Like {@link #ofLeaders(Collection, boolean)}; with {@code friendsRead}, each friend's record is read in the
	 * same statement, as {@code People#representativesById} reads it for this user, and put there by id.
	 */
	Map<String, List<Friendship>> ofLeaders(Collection<String> leaderIds, boolean includeEnded,
			Map<String, Representative> friendsRead) {
		var parameters = parameters("leaderIds", leaderIds, includeEnded);
		parameters.put("withFriends", friendsRead != null);
		return this.graph.groupedBy(OF_LEADERS, parameters, "friendship", friendship -> {
			if (friendsRead != null) {
				Representative friend = Representative.from(friendship.get("representative"));
				friendsRead.put(friend.id(), friend);
			}
			return Friendship.from(friendship);
		}, Friendship::leaderId);
	}

	/** Who befriends each representative, by representative id, newest first; ended ones when asked. */
	Map<String, List<Friendship>> ofRepresentatives(Collection<String> representativeIds, boolean includeEnded) {
		return this.graph.groupedBy(OF_REPRESENTATIVES,
				parameters("representativeIds", representativeIds, includeEnded), "friendship", Friendship::from,
				Friendship::representativeId);
	}

	/** The friendship of a leader with a representative, ended or not, if the user may see it. */
	public Optional<Friendship> between(String leaderId, String representativeId) {
		return ofLeaders(List.of(leaderId), true).getOrDefault(leaderId, List.of())
			.stream()
			.filter(friendship -> friendship.representativeId().equals(representativeId))
			.findFirst();
	}

	private Map<String, Object> parameters(String parameter, Collection<String> keys, boolean includeEnded) {
		var parameters = new HashMap<String, Object>();
		parameters.put(parameter, List.copyOf(keys));
		parameters.put("includeEnded", includeEnded);
		parameters.put("today", this.today.date());
		return parameters;
	}

}

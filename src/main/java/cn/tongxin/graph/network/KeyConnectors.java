package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.access.CurrentUser;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Today;

import org.springframework.stereotype.Component;

/**
 * Key connectors, computed once per friendship network: betweenness is one breadth-first search per leader, too
 * dear for every call. A ranking is kept, per town scope, score and day, until the graph's friendship revision
 * changes; every statement that writes friendships or people sets a new one in its own transaction, so another
 * instance on the same database sees the change on its next call. The revision is one cheap look-up per call.
 * <p>
 * A town-bound user is measured over the people they may see, so their ranking is their own, never filtered out
 * of the district's.
 */
@Component
class KeyConnectors {

	/** Rankings of the same revision kept at once: one per town scope and score in use. */
	static final int KEPT = 64;

	/** The most a caller may ask for; each ranking keeps that many and answers any shorter first. */
	static final int MOST = 100;

	/** Leaders that start shortest paths for betweenness: every leader of a district, a sample beyond. */
	static final int BETWEENNESS_SOURCES = 500;

	private static final String RANKED = CypherFile.load("network/key-connectors");

	private static final String REVISION = CypherFile.load("network/friendships-revision");

	private final GraphReader graph;

	private final Today today;

	private final Map<Scope, Ranking> rankings = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Scope, Ranking> eldest) {
			return size() > KEPT;
		}

	});

	KeyConnectors(GraphReader graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	/**
	 * The first {@code first} (at most {@link #MOST}) by {@code by}, for the signed-in user's scope. The caller's
	 * transaction reads the revision before the ranking, so a ranking is never kept under a newer revision than the
	 * one it was computed from.
	 */
	List<KeyConnector> ranked(int first, ConnectorScore by) {
		Map<String, Object> revision = this.graph.all(REVISION, Map.of(), "revision", value -> value.asMap()).get(0);
		LocalDate day = this.today.date();
		List<String> towns = CurrentUser.towns();
		var scope = new Scope((towns != null) ? towns.stream().sorted().toList() : null, by);
		Ranking kept = this.rankings.get(scope);
		if (kept == null || !kept.revision().equals(revision) || !kept.day().equals(day)) {
			var parameters = new HashMap<String, Object>();
			parameters.put("first", MOST);
			parameters.put("by", by.name());
			parameters.put("sources", BETWEENNESS_SOURCES);
			parameters.put("today", day);
			kept = new Ranking(revision, day, this.graph.all(RANKED, parameters, "connector", KeyConnector::from));
			this.rankings.put(scope, kept);
		}
		return kept.connectors().subList(0, Math.min(first, kept.connectors().size()));
	}

	private record Scope(List<String> towns, ConnectorScore by) {
	}

	private record Ranking(Map<String, Object> revision, LocalDate day, List<KeyConnector> connectors) {
	}

}

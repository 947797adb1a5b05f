package cn.tongxin.graph.duty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty lists as the API reads them, each question one statement, town scope inside it: a user bound to towns
 * reads their towns' lists, not the units' (which the district checks).
 */
@Component
@Transactional(readOnly = true)
public class Duties {

	/** The most items a list shows; its counts and sums cover every item of the year. */
	static final int LARGEST_LIST = 500;

	private static final String DUTY_LIST = CypherFile.load("duty/duty-list");

	private static final String DUTY_RANKING = CypherFile.load("duty/duty-ranking");

	private static final String DUTY_BY_ID = CypherFile.load("duty/duty-by-id");

	private final GraphReader graph;

	Duties(GraphReader graph) {
		this.graph = graph;
	}

	/** The holder's list for the year; empty when the holder is unknown or not the user's. */
	Optional<DutyList> list(String holderCode, int year) {
		var parameters = new HashMap<String, Object>();
		parameters.put("holderCode", holderCode);
		parameters.put("year", year);
		parameters.put("limit", LARGEST_LIST);
		return this.graph.all(DUTY_LIST, parameters, "list", DutyList::from).stream().findFirst();
	}

	/**
	 * The holders of a kind by rate, best first, at most {@code limit}; holders with the same rate share a rank
	 * (1, 2, 2, 4).
	 */
	List<DutyStanding> ranking(int year, DutyHolderKind kind, int limit) {
		List<DutyStanding> ordered = this.graph.all(DUTY_RANKING,
				Map.of("year", year, "kind", kind.name(), "limit", limit), "standing", DutyStanding::from);
		var ranked = new ArrayList<DutyStanding>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			DutyStanding standing = ordered.get(i);
			boolean tied = i > 0 && ordered.get(i - 1).rate() == standing.rate();
			ranked.add(standing.ranked(tied ? ranked.get(i - 1).rank() : i + 1));
		}
		return ranked;
	}

	/** A duty the user may see, with its latest check. */
	Optional<Duty> duty(String id) {
		return this.graph.all(DUTY_BY_ID, Map.of("id", id), "duty", Duty::from).stream().findFirst();
	}

}

package cn.tongxin.graph.problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.system.Today;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The problems of enterprises as the API reads them, in the user's towns, overdue as of today. */
@Component
@Transactional(readOnly = true)
public class Problems {

	/** The most problems an enterprise shows of its own; the board, filtered by its credit code, pages the rest. */
	static final int LARGEST_PER_ENTERPRISE = 50;

	/** The most leads the figures per lead list: every town and unit of a district is far fewer. */
	static final int LARGEST_LEADS = 500;

	private static final String PROBLEMS_PAGE = CypherFile.load("problem/problems-page");

	private static final String PROBLEMS_BY_ID = CypherFile.load("problem/problems-by-id");

	private static final String PROBLEMS_OF_ENTERPRISES = CypherFile.load("problem/problems-of-enterprises");

	private static final String STATS_BY_LEAD = CypherFile.load("problem/problem-stats-by-lead");

	private final GraphReader graph;

	private final Today today;

	Problems(GraphReader graph, Today today) {
		this.graph = graph;
		this.today = today;
	}

	public Optional<EnterpriseProblem> problem(String id) {
		return Optional.ofNullable(byId(List.of(id)).get(id));
	}

	Map<String, EnterpriseProblem> byId(Collection<String> ids) {
		var parameters = new HashMap<String, Object>();
		parameters.put("ids", List.copyOf(ids));
		parameters.put("today", this.today.date());
		return this.graph.all(PROBLEMS_BY_ID, parameters, "problem", EnterpriseProblem::from)
			.stream()
			.collect(Collectors.toMap(EnterpriseProblem::id, Function.identity(), (first, second) -> first));
	}

	/** Each enterprise's problems, newest raised first, by credit code. */
	public Map<String, List<EnterpriseProblem>> ofEnterprises(Collection<String> creditCodes) {
		var parameters = new HashMap<String, Object>();
		parameters.put("creditCodes", List.copyOf(creditCodes));
		parameters.put("today", this.today.date());
		parameters.put("largest", LARGEST_PER_ENTERPRISE);
		return this.graph.groupedBy(PROBLEMS_OF_ENTERPRISES, parameters, "problem", EnterpriseProblem::from,
				EnterpriseProblem::creditCode);
	}

	/** A page of the board, fetched {@code fetch} long, after the position {@code after} (rank, raised, id). */
	Page<EnterpriseProblem> page(ProblemFilter filter, String[] after, int fetch) {
		var given = new HashMap<String, Object>();
		given.put("state", (filter.state() != null) ? filter.state().name() : null);
		given.put("overdue", filter.overdue());
		given.put("creditCode", filter.creditCode());
		given.put("leadCode", filter.leadCode());
		given.put("townCode", filter.townCode());
		given.put("today", this.today.date());
		given.put("afterRank", (after != null) ? Long.parseLong(after[0]) : null);
		given.put("afterRaisedOn", (after != null) ? LocalDate.parse(after[1]) : null);
		given.put("afterId", (after != null) ? after[2] : null);
		var parameters = new HashMap<String, Object>();
		parameters.put("filter", given);
		parameters.put("fetch", fetch);
		return this.graph.all(PROBLEMS_PAGE, parameters, "problems", page -> Page.from(page, EnterpriseProblem::from))
			.get(0);
	}

	/** The figures per lead for the period, both days included. */
	List<LeadProblemStats> statsByLead(LocalDate from, LocalDate to) {
		var parameters = new HashMap<String, Object>();
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("today", this.today.date());
		parameters.put("largest", LARGEST_LEADS);
		return this.graph.all(STATS_BY_LEAD, parameters, "stats", LeadProblemStats::from);
	}

	LocalDate today() {
		return this.today.date();
	}

}

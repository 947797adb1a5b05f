package cn.tongxin.graph.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
public class People {

	private static final String LEADERS_BY_ID = CypherFile.load("people/leaders-by-id");

	private static final String REPRESENTATIVES_BY_ID = CypherFile.load("people/representatives-by-id");

	private static final String REPRESENTATIVES_RUNNING = CypherFile.load("people/representatives-running");

	private final GraphReader graph;

	People(GraphReader graph) {
		this.graph = graph;
	}

	public Optional<Leader> leader(String id) {
		return Optional.ofNullable(leadersById(List.of(id)).get(id));
	}

	public Map<String, Leader> leadersById(Collection<String> ids) {
		return this.graph.byKey(LEADERS_BY_ID, "ids", ids, "leader", Leader::from, Leader::id);
	}

	public Optional<Representative> representative(String id) {
		return Optional.ofNullable(representativesById(List.of(id)).get(id));
	}

	public Map<String, Representative> representativesById(Collection<String> ids) {
		return this.graph.byKey(REPRESENTATIVES_BY_ID, "ids", ids, "representative", Representative::from,
				Representative::id);
	}

	/** The representatives who run each of these enterprises, by credit code, in id order. */
	public Map<String, List<Representative>> representativesRunning(Collection<String> creditCodes) {
		return this.graph.groupedBy(REPRESENTATIVES_RUNNING, "creditCodes", creditCodes, "representative",
				Representative::from, Representative::enterpriseCreditCode);
	}

}

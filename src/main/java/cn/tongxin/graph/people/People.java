package cn.tongxin.graph.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
public class People {

	private static final String LEADERS_BY_ID = CypherFile.load("people/leaders-by-id");

	private static final String REPRESENTATIVES_BY_ID = CypherFile.load("people/representatives-by-id");

	private static final String REPRESENTATIVES_RUNNING = CypherFile.load("people/representatives-running");

	private final Neo4jClient neo4j;

	People(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Leader> leader(String id) {
		return Optional.ofNullable(leadersById(List.of(id)).get(id));
	}

	public Map<String, Leader> leadersById(Collection<String> ids) {
		return this.neo4j.query(LEADERS_BY_ID)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Leader.class)
			.mappedBy((types, record) -> Leader.from(record.get("leader")))
			.all()
			.stream()
			.collect(Collectors.toMap(Leader::id, Function.identity()));
	}

	public Optional<Representative> representative(String id) {
		return Optional.ofNullable(representativesById(List.of(id)).get(id));
	}

	public Map<String, Representative> representativesById(Collection<String> ids) {
		return this.neo4j.query(REPRESENTATIVES_BY_ID)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Representative.class)
			.mappedBy((types, record) -> Representative.from(record.get("representative")))
			.all()
			.stream()
			.collect(Collectors.toMap(Representative::id, Function.identity()));
	}

	/** The representatives who run each of these enterprises, by credit code. */
	public Map<String, List<Representative>> representativesRunning(Collection<String> creditCodes) {
		return this.neo4j.query(REPRESENTATIVES_RUNNING)
			.bind(List.copyOf(creditCodes))
			.to("creditCodes")
			.fetchAs(Representative.class)
			.mappedBy((types, record) -> Representative.from(record.get("representative")))
			.all()
			.stream()
			.collect(Collectors.groupingBy(Representative::enterpriseCreditCode));
	}

}

package cn.tongxin.graph.place;

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

/** Towns and villages as stored; each method is one read-only round trip, whatever the number of codes. */
@Component
@Transactional(readOnly = true)
public class Places {

	private static final String TOWNS = CypherFile.load("place/towns");

	private static final String TOWNS_BY_CODE = CypherFile.load("place/towns-by-code");

	private static final String VILLAGES_BY_CODE = CypherFile.load("place/villages-by-code");

	private static final String VILLAGES_OF_TOWNS = CypherFile.load("place/villages-of-towns");

	private final Neo4jClient neo4j;

	Places(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<Town> towns() {
		return List.copyOf(this.neo4j.query(TOWNS)
			.fetchAs(Town.class)
			.mappedBy((types, record) -> Town.from(record.get("town")))
			.all());
	}

	public Optional<Town> town(String code) {
		return Optional.ofNullable(townsByCode(List.of(code)).get(code));
	}

	public Map<String, Town> townsByCode(Collection<String> codes) {
		return this.neo4j.query(TOWNS_BY_CODE)
			.bind(List.copyOf(codes))
			.to("codes")
			.fetchAs(Town.class)
			.mappedBy((types, record) -> Town.from(record.get("town")))
			.all()
			.stream()
			.collect(Collectors.toMap(Town::code, Function.identity()));
	}

	public Optional<Village> village(String code) {
		return Optional.ofNullable(villagesByCode(List.of(code)).get(code));
	}

	public Map<String, Village> villagesByCode(Collection<String> codes) {
		return this.neo4j.query(VILLAGES_BY_CODE)
			.bind(List.copyOf(codes))
			.to("codes")
			.fetchAs(Village.class)
			.mappedBy((types, record) -> Village.from(record.get("village")))
			.all()
			.stream()
			.collect(Collectors.toMap(Village::code, Function.identity()));
	}

	/** The villages of each town, in code order. */
	public Map<String, List<Village>> villagesOfTowns(Collection<String> townCodes) {
		return this.neo4j.query(VILLAGES_OF_TOWNS)
			.bind(List.copyOf(townCodes))
			.to("townCodes")
			.fetchAs(Village.class)
			.mappedBy((types, record) -> Village.from(record.get("village")))
			.all()
			.stream()
			.collect(Collectors.groupingBy(Village::townCode));
	}

}

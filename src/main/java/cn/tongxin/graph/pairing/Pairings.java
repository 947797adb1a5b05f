package cn.tongxin.graph.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pairings and their projects as stored; each method is one read-only round trip for a whole batch. */
@Component
@Transactional(readOnly = true)
class Pairings {

	private static final String OF_VILLAGES = CypherFile.load("pairing/pairings-of-villages");

	private static final String OF_ENTERPRISES = CypherFile.load("pairing/pairings-of-enterprises");

	private static final String PAIRED_VILLAGES = CypherFile.load("pairing/paired-villages");

	private static final String PROJECTS_OF_PAIRINGS = CypherFile.load("pairing/projects-of-pairings");

	private static final String PROJECTS_BY_ID = CypherFile.load("pairing/projects-by-id");

	private final Neo4jClient neo4j;

	Pairings(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Every pairing of each village, ended ones included, newest first. */
	Map<String, List<Pairing>> ofVillages(Collection<String> villageCodes) {
		return pairings(OF_VILLAGES, "villageCodes", villageCodes).stream()
			.collect(Collectors.groupingBy(Pairing::villageCode));
	}

	/** Every pairing of each enterprise, ended ones included, newest first. */
	Map<String, List<Pairing>> ofEnterprises(Collection<String> creditCodes) {
		return pairings(OF_ENTERPRISES, "creditCodes", creditCodes).stream()
			.collect(Collectors.groupingBy(Pairing::enterpriseCreditCode));
	}

	/** Those of the villages that have a pairing still current on {@code today}. */
	Set<String> pairedAmong(Collection<String> villageCodes, LocalDate today) {
		return new HashSet<>(this.neo4j.query(PAIRED_VILLAGES)
			.bindAll(Map.of("villageCodes", List.copyOf(villageCodes), "today", today))
			.fetchAs(String.class)
			.mappedBy((types, record) -> record.get("code").asString())
			.all());
	}

	/** The projects run inside each pairing. */
	Map<Pairing, List<Project>> projectsOf(List<Pairing> pairings) {
		var keys = pairings.stream()
			.map(p -> Map.of("enterpriseCreditCode", p.enterpriseCreditCode(), "villageCode", p.villageCode()))
			.distinct()
			.toList();
		Map<List<String>, List<Project>> byPair = projects(PROJECTS_OF_PAIRINGS, "pairings", keys).stream()
			.collect(Collectors.groupingBy(p -> List.of(p.enterpriseCreditCode(), p.villageCode())));
		return pairings.stream()
			.collect(Collectors.toMap(p -> p,
					p -> byPair.getOrDefault(List.of(p.enterpriseCreditCode(), p.villageCode()), List.of()),
					(a, b) -> a));
	}

	Optional<Project> project(String id) {
		return projects(PROJECTS_BY_ID, "ids", List.of(id)).stream().findFirst();
	}

	private Collection<Pairing> pairings(String cypher, String parameter, Collection<String> codes) {
		return this.neo4j.query(cypher)
			.bind(List.copyOf(codes))
			.to(parameter)
			.fetchAs(Pairing.class)
			.mappedBy((types, record) -> Pairing.from(record.get("pairing")))
			.all();
	}

	private Collection<Project> projects(String cypher, String parameter, List<?> values) {
		return this.neo4j.query(cypher)
			.bind(values)
			.to(parameter)
			.fetchAs(Project.class)
			.mappedBy((types, record) -> Project.from(record.get("project")))
			.all();
	}

}

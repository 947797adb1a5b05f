package cn.tongxin.graph.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pairings and their projects as stored; each method is one read-only round trip for a whole batch. */
@Component
@Transactional(readOnly = true)
public class Pairings {

	private static final String OF_VILLAGES = CypherFile.load("pairing/pairings-of-villages");

	private static final String OF_ENTERPRISES = CypherFile.load("pairing/pairings-of-enterprises");

	private static final String PAIRED_VILLAGES = CypherFile.load("pairing/paired-villages");

	private static final String PROJECTS_OF_PAIRINGS = CypherFile.load("pairing/projects-of-pairings");

	private static final String PROJECTS_BY_ID = CypherFile.load("pairing/projects-by-id");

	private static final String PROJECTS_OF_VILLAGES = CypherFile.load("pairing/projects-of-villages");

	private static final String PROJECTS_OF_ENTERPRISES = CypherFile.load("pairing/projects-of-enterprises");

	private final GraphReader graph;

	Pairings(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * Every pairing of each village, ended ones included, newest first; each pairing's enterprise, as
	 * {@code Enterprises#byCreditCode} reads it for this user, is put in {@code enterprisesRead} by credit code.
	 */
	Map<String, List<Pairing>> ofVillages(Collection<String> villageCodes, Map<String, Enterprise> enterprisesRead) {
		return this.graph.groupedBy(OF_VILLAGES, "villageCodes", villageCodes, "pairing", pairing -> {
			if (!pairing.get("enterprise").isNull()) {
				Enterprise enterprise = Enterprise.from(pairing.get("enterprise"));
				enterprisesRead.put(enterprise.creditCode(), enterprise);
			}
			return Pairing.from(pairing);
		}, Pairing::villageCode);
	}

	/** Every pairing of each enterprise, ended ones included, newest first. */
	Map<String, List<Pairing>> ofEnterprises(Collection<String> creditCodes) {
		return this.graph.groupedBy(OF_ENTERPRISES, "creditCodes", creditCodes, "pairing", Pairing::from,
				Pairing::enterpriseCreditCode);
	}

	/** Those of the villages that have a pairing still current on {@code today}. */
	Set<String> pairedAmong(Collection<String> villageCodes, LocalDate today) {
		return new HashSet<>(this.graph.all(PAIRED_VILLAGES,
				Map.of("villageCodes", List.copyOf(villageCodes), "today", today), "code", Value::asString));
	}

	/** The projects run inside each pairing, in id order. */
	Map<Pairing, List<Project>> projectsOf(List<Pairing> pairings) {
		var keys = pairings.stream()
			.map(p -> Map.of("enterpriseCreditCode", p.enterpriseCreditCode(), "villageCode", p.villageCode()))
			.distinct()
			.toList();
		Map<List<String>, List<Project>> byPair = this.graph
			.all(PROJECTS_OF_PAIRINGS, Map.of("pairings", keys), "project", Project::from)
			.stream()
			.collect(Collectors.groupingBy(p -> List.of(p.enterpriseCreditCode(), p.villageCode())));
		return pairings.stream()
			.collect(Collectors.toMap(p -> p,
					p -> byPair.getOrDefault(List.of(p.enterpriseCreditCode(), p.villageCode()), List.of()),
					(a, b) -> a));
	}

	/** Every project for each village, in id order. */
	Map<String, List<Project>> projectsOfVillages(Collection<String> villageCodes) {
		return this.graph.groupedBy(PROJECTS_OF_VILLAGES, "villageCodes", villageCodes, "project", Project::from,
				Project::villageCode);
	}

	/** Every project each enterprise carries out, in id order. */
	Map<String, List<Project>> projectsOfEnterprises(Collection<String> creditCodes) {
		return this.graph.groupedBy(PROJECTS_OF_ENTERPRISES, "creditCodes", creditCodes, "project", Project::from,
				Project::enterpriseCreditCode);
	}

	/** The pairing of an enterprise with a village, ended or not, if the user may see it. */
	public Optional<Pairing> between(String villageCode, String creditCode) {
		return ofVillages(List.of(villageCode), new HashMap<>()).getOrDefault(villageCode, List.of())
			.stream()
			.filter(pairing -> pairing.enterpriseCreditCode().equals(creditCode))
			.findFirst();
	}

	public Optional<Project> project(String id) {
		return Optional.ofNullable(
				this.graph.byKey(PROJECTS_BY_ID, "ids", List.of(id), "project", Project::from, Project::id).get(id));
	}

}

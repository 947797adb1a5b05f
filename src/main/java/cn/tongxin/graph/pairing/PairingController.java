package cn.tongxin.graph.pairing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.enterprise.Enterprises;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Village;
import cn.tongxin.graph.system.ReadInRequest;
import cn.tongxin.graph.system.Today;
import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;
import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;


/** Pairings as fields of villages and enterprises, and the projects inside them. */
@Controller
class PairingController {

	private final Pairings pairings;

	private final Places places;

	private final Enterprises enterprises;

	private final Today today;

	PairingController(Pairings pairings, Places places, Enterprises enterprises, Today today) {
		this.pairings = pairings;
		this.places = places;
		this.enterprises = enterprises;
		this.today = today;
	}

	@QueryMapping
	Project project(@Argument String id) {
		return this.pairings.project(id).orElse(null);
	}

	@BatchMapping(typeName = "Village")
	Map<Village, Boolean> paired(List<Village> villages) {
		Set<String> paired = this.pairings.pairedAmong(keys(villages, Village::code), this.today.date());
		return byParent(villages, village -> paired.contains(village.code()));
	}

	@BatchMapping(typeName = "Village", field = "pairings")
	Map<Village, List<Pairing>> pairingsOfVillage(List<Village> villages, GraphQLContext request) {
		Map<String, Enterprise> enterprisesRead = ReadInRequest.of(request, Enterprise.class);
		return lookUpLists(villages, Village::code, codes -> this.pairings.ofVillages(codes, enterprisesRead));
	}

	@BatchMapping(typeName = "Enterprise", field = "pairings")
	Map<Enterprise, List<Pairing>> pairingsOfEnterprise(List<Enterprise> enterprises) {
		return lookUpLists(enterprises, Enterprise::creditCode, this.pairings::ofEnterprises);
	}

	/** The villages an enterprise is paired with now; ended pairings are left out. */
	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Village>> pairedVillages(List<Enterprise> enterprises) {
		LocalDate today = this.today.date();
		Map<String, List<Pairing>> current = this.pairings.ofEnterprises(keys(enterprises, Enterprise::creditCode))
			.values()
			.stream()
			.flatMap(List::stream)
			.filter(pairing -> !pairing.endedBy(today))
			.collect(Collectors.groupingBy(Pairing::enterpriseCreditCode));
		Map<String, Village> villages = this.places
			.villagesByCode(current.values().stream().flatMap(List::stream).map(Pairing::villageCode).distinct().toList());
		return byParent(enterprises, enterprise -> current.getOrDefault(enterprise.creditCode(), List.of())
			.stream()
			.map(pairing -> villages.get(pairing.villageCode()))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(Village::code))
			.toList());
	}

	@BatchMapping(typeName = "Village", field = "projects")
	Map<Village, List<Project>> projectsOfVillage(List<Village> villages) {
		return lookUpLists(villages, Village::code, this.pairings::projectsOfVillages);
	}

	@BatchMapping(typeName = "Enterprise", field = "projects")
	Map<Enterprise, List<Project>> projectsOfEnterprise(List<Enterprise> enterprises) {
		return lookUpLists(enterprises, Enterprise::creditCode, this.pairings::projectsOfEnterprises);
	}

	@SchemaMapping(typeName = "Pairing")
	boolean ended(Pairing pairing) {
		return pairing.endedBy(this.today.date());
	}

	/** The pairing's enterprise, most often read already with a village's pairings (no statement then). */
	@BatchMapping(typeName = "Pairing", field = "enterprise")
	Map<Pairing, Enterprise> enterpriseOfPairing(List<Pairing> pairings, GraphQLContext request) {
		return lookUp(pairings, Pairing::enterpriseCreditCode,
				ReadInRequest.through(ReadInRequest.of(request, Enterprise.class), this.enterprises::byCreditCode));
	}

	@BatchMapping(typeName = "Pairing", field = "village")
	Map<Pairing, Village> villageOfPairing(List<Pairing> pairings) {
		return lookUp(pairings, Pairing::villageCode, this.places::villagesByCode);
	}

	@BatchMapping(typeName = "Pairing")
	Map<Pairing, List<Project>> projects(List<Pairing> pairings) {
		return this.pairings.projectsOf(pairings);
	}

	@BatchMapping(typeName = "Project", field = "enterprise")
	Map<Project, Enterprise> enterpriseOfProject(List<Project> projects) {
		return lookUp(projects, Project::enterpriseCreditCode, this.enterprises::byCreditCode);
	}

	@BatchMapping(typeName = "Project", field = "village")
	Map<Project, Village> villageOfProject(List<Project> projects) {
		return lookUp(projects, Project::villageCode, this.places::villagesByCode);
	}

}

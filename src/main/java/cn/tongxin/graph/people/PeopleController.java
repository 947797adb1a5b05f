package cn.tongxin.graph.people;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.enterprise.Enterprises;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PeopleController {

	private final People people;

	private final Places places;

	private final Enterprises enterprises;

	PeopleController(People people, Places places, Enterprises enterprises) {
		this.people = people;
		this.places = places;
		this.enterprises = enterprises;
	}

	@QueryMapping
	Leader leader(@Argument String id) {
		return this.people.leader(id).orElse(null);
	}

	@QueryMapping
	Representative representative(@Argument String id) {
		return this.people.representative(id).orElse(null);
	}

	@BatchMapping(typeName = "Leader", field = "town")
	Map<Leader, Town> townOfLeader(List<Leader> leaders) {
		Map<String, Town> towns = this.places.townsByCode(keys(leaders, Leader::townCode));
		return byParent(leaders, leader -> towns.get(leader.townCode()));
	}

	@BatchMapping(typeName = "Representative", field = "town")
	Map<Representative, Town> townOfRepresentative(List<Representative> representatives) {
		Map<String, Town> towns = this.places.townsByCode(keys(representatives, Representative::townCode));
		return byParent(representatives, representative -> towns.get(representative.townCode()));
	}

	@BatchMapping(typeName = "Representative")
	Map<Representative, Enterprise> enterprise(List<Representative> representatives) {
		Map<String, Enterprise> enterprises = this.enterprises
			.byCreditCode(keys(representatives, Representative::enterpriseCreditCode));
		return byParent(representatives, representative -> enterprises.get(representative.enterpriseCreditCode()));
	}

	/** The representative who runs an enterprise; where the ledger names several, the first by id. */
	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, Representative> representative(List<Enterprise> enterprises) {
		Map<String, List<Representative>> running = this.people
			.representativesRunning(keys(enterprises, Enterprise::creditCode));
		return byParent(enterprises, enterprise -> running.getOrDefault(enterprise.creditCode(), List.of())
			.stream()
			.findFirst()
			.orElse(null));
	}

}

package cn.tongxin.graph.people;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.access.PersonalData;
import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.enterprise.Enterprises;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;


import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;
import static cn.tongxin.graph.system.BatchAnswers.lookUp;

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

	@SchemaMapping(typeName = "Representative")
	String phone(Representative representative) {
		return PersonalData.phone(representative.phone());
	}

	@SchemaMapping(typeName = "Representative")
	String birthYear(Representative representative) {
		return PersonalData.birthYear(representative.birthYear());
	}

	@BatchMapping(typeName = "Leader", field = "town")
	Map<Leader, Town> townOfLeader(List<Leader> leaders) {
		return lookUp(leaders, Leader::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Representative", field = "town")
	Map<Representative, Town> townOfRepresentative(List<Representative> representatives) {
		return lookUp(representatives, Representative::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Representative")
	Map<Representative, Enterprise> enterprise(List<Representative> representatives) {
		return lookUp(representatives, Representative::enterpriseCreditCode, this.enterprises::byCreditCode);
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

package cn.tongxin.graph.place;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;


@Controller
class PlaceController {

	private final Places places;

	PlaceController(Places places) {
		this.places = places;
	}

	@QueryMapping
	List<Town> towns() {
		return this.places.towns();
	}

	@QueryMapping
	Town town(@Argument String code) {
		return this.places.town(code).orElse(null);
	}

	@QueryMapping
	Village village(@Argument String code) {
		return this.places.village(code).orElse(null);
	}

	@BatchMapping(typeName = "Village")
	Map<Village, Town> town(List<Village> villages) {
		return lookUp(villages, Village::townCode, this.places::townsByCode);
	}

	@BatchMapping(typeName = "Town")
	Map<Town, List<Village>> villages(List<Town> towns) {
		return lookUpLists(towns, Town::code, this.places::villagesOfTowns);
	}

}

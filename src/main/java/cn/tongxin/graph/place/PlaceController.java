package cn.tongxin.graph.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.ReadInRequest;
import graphql.GraphQLContext;

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
	List<Town> towns(GraphQLContext request) {
		List<Town> towns = this.places.towns();
		ReadInRequest.remember(request, Town.class, towns, Town::code);
		return towns;
	}

	@QueryMapping
	Town town(@Argument String code, GraphQLContext request) {
		Optional<Town> town = this.places.town(code);
		ReadInRequest.remember(request, Town.class, town.stream().toList(), Town::code);
		return town.orElse(null);
	}

	@QueryMapping
	Village village(@Argument String code) {
		return this.places.village(code).orElse(null);
	}

	/**
	 * A village's town. Most often it is the town the question started from ({@code town(code:) { villages { town
	 * } }}), already read in this request for this user: then it costs no statement.
	 */
	@BatchMapping(typeName = "Village")
	Map<Village, Town> town(List<Village> villages, GraphQLContext request) {
		return lookUp(villages, Village::townCode,
				ReadInRequest.through(ReadInRequest.of(request, Town.class), this.places::townsByCode));
	}

	@BatchMapping(typeName = "Town")
	Map<Town, List<Village>> villages(List<Town> towns, GraphQLContext request) {
		ReadInRequest.remember(request, Town.class, towns, Town::code);
		return lookUpLists(towns, Town::code, this.places::villagesOfTowns);
	}

}

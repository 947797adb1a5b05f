package cn.tongxin.graph.unit;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.lookUp;

@Controller
class UnitController {

	private final Units units;

	private final Places places;

	UnitController(Units units, Places places) {
		this.units = units;
		this.places = places;
	}

	@QueryMapping
	Unit unit(@Argument String code) {
		return this.units.byCode(List.of(code)).get(code);
	}

	@BatchMapping(typeName = "Unit", field = "town")
	Map<Unit, Town> townOfUnit(List<Unit> units) {
		return lookUp(units, Unit::townCode, this.places::townsByCode);
	}

}

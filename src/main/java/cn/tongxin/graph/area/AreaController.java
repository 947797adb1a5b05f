package cn.tongxin.graph.area;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AreaController {

	private final TownAreas areas;

	AreaController(TownAreas areas) {
		this.areas = areas;
	}

	@QueryMapping
	List<TownArea> townAreas(@Argument List<String> townCodes) {
		return this.areas.of(townCodes);
	}

}

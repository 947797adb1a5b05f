package cn.tongxin.graph.enterprise;

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
class EnterpriseController {

	private final Enterprises enterprises;

	private final Places places;

	EnterpriseController(Enterprises enterprises, Places places) {
		this.enterprises = enterprises;
		this.places = places;
	}

	@QueryMapping
	Enterprise enterprise(@Argument String creditCode) {
		return this.enterprises.enterprise(creditCode).orElse(null);
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, Town> town(List<Enterprise> enterprises) {
		return lookUp(enterprises, Enterprise::townCode, this.places::townsByCode);
	}

}

package cn.tongxin.graph.planning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.enterprise.Enterprise;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Enterprises paired with more villages than they can carry, most loaded first: one round trip. */
@Component
@Transactional(readOnly = true)
class OverloadedEnterprises {

	private static final String OVERLOADED = CypherFile.load("planning/overloaded-enterprises");

	private final GraphReader graph;

	OverloadedEnterprises(GraphReader graph) {
		this.graph = graph;
	}

	/** An enterprise and how many villages it is paired with now. */
	record EnterpriseLoad(Enterprise enterprise, int pairedVillages) {

		static EnterpriseLoad from(Value load) {
			return new EnterpriseLoad(Enterprise.from(load.get("enterprise")), load.get("pairedVillages").asInt());
		}

	}

	/** Of a town ({@code null}: the district), those carrying more than {@code load} villages on {@code asOf}. */
	List<EnterpriseLoad> above(String townCode, int load, LocalDate asOf) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("asOf", asOf);
		parameters.put("load", load);
		return this.graph.all(OVERLOADED, parameters, "overloaded", EnterpriseLoad::from);
	}

}

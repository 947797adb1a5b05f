package cn.tongxin.graph;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.summary.Plan;

/** A Cypher plan read in tests: every operator with its details, one line each, for plan checks. */
public final class QueryPlans {

	private QueryPlans() {
	}

	public static List<String> operators(Plan plan) {
		var lines = new ArrayList<String>();
		lines.add(plan.operatorType() + " " + plan.arguments());
		plan.children().forEach(child -> lines.addAll(operators(child)));
		return lines;
	}

}

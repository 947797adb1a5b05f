package cn.tongxin.graph.problem;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * One lead's figures over a period: problems taken (assigned in it), resolved in it and the average days from
 * raised to resolved of those, and overdue today.
 */
public record LeadProblemStats(String leadCode, int taken, int resolved, Double averageDaysToResolve, int overdue) {

	static LeadProblemStats from(Value stats) {
		return new LeadProblemStats(stats.get("leadCode").asString(), stats.get("taken").asInt(),
				stats.get("resolved").asInt(), GraphValues.decimal(stats.get("averageDaysToResolve")),
				stats.get("overdue").asInt());
	}

}

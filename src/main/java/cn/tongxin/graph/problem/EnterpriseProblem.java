package cn.tongxin.graph.problem;

import java.time.LocalDate;

import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * A problem an enterprise raised (为企服务), with its state and whether it was overdue on the day asked, both as the
 * Cypher worked them out ({@code queries/problem/state-on.cypher}); its town is its enterprise's.
 */
public record EnterpriseProblem(String id, String creditCode, String townCode, LocalDate raisedOn,
		ProblemCategory category, String title, String leadCode, LocalDate assignedOn, LocalDate dueOn,
		LocalDate resolvedOn, Integer satisfaction, String note, ProblemState state, boolean overdue) {

	static EnterpriseProblem from(Value problem) {
		return new EnterpriseProblem(problem.get("id").asString(), problem.get("creditCode").asString(),
				problem.get("townCode").asString(), GraphValues.date(problem.get("raisedOn")),
				GraphValues.enumOf(ProblemCategory.class, problem.get("category")), problem.get("title").asString(),
				GraphValues.text(problem.get("leadCode")), GraphValues.date(problem.get("assignedOn")),
				GraphValues.date(problem.get("dueOn")), GraphValues.date(problem.get("resolvedOn")),
				GraphValues.integer(problem.get("satisfaction")), GraphValues.text(problem.get("note")),
				GraphValues.enumOf(ProblemState.class, problem.get("state")), problem.get("overdue").asBoolean());
	}

	/** Its place on the board, which lists overdue problems first, then by the day raised, then by id. */
	String position() {
		return Cursor.position(this.overdue ? 0 : 1, this.raisedOn, this.id);
	}

}

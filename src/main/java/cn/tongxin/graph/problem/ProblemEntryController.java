package cn.tongxin.graph.problem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.LedgerEntries;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * A problem's lifecycle entered by hand: raised, assigned to a lead, resolved, closed with the follow-up's
 * satisfaction. Each step is the stored problem as a problems row with its step's columns filled
 * ({@link LedgerEntries}, a one-row import): the ledger's rules, town scope and audit, as a file's row. What a row
 * cannot say, that a step does not go back (assign or resolve a resolved problem, close one not resolved or closed
 * already), is checked here against the problem as stored.
 */
@Controller
class ProblemEntryController {

	private final LedgerEntries entries;

	private final Problems problems;

	ProblemEntryController(LedgerEntries entries, Problems problems) {
		this.entries = entries;
		this.problems = problems;
	}

	record ProblemPayload(EnterpriseProblem problem, List<Problem> problems) {
	}

	/** A new problem, received today unless {@code raisedOn} says otherwise. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProblemPayload raiseProblem(@Argument("input") Map<String, Object> input) {
		String id = (String) input.get("id");
		if (id != null && this.problems.problem(id).isPresent()) {
			return refused(new Problem("id", "id " + id + "：已有这个问题，请换一个编号"));
		}
		var row = new HashMap<String, Object>();
		row.put("id", id);
		row.put("credit_code", input.get("creditCode"));
		row.put("raised_on", input.getOrDefault("raisedOn", this.problems.today()));
		row.put("category", input.get("category"));
		row.put("title", input.get("title"));
		row.put("note", input.get("note"));
		return enter(id, row, "raiseProblem", Map.of());
	}

	/** To a lead, a unit or a town, on {@code on} (today unless given), due on {@code dueOn}; again, to another. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProblemPayload assignProblem(@Argument String id, @Argument String leadCode, @Argument LocalDate dueOn,
			@Argument LocalDate on) {
		EnterpriseProblem problem = this.problems.problem(id).orElse(null);
		if (problem == null) {
			return unknown(id);
		}
		if (problem.resolvedOn() != null) {
			return refused(new Problem("id", "id " + id + "：问题已于 " + problem.resolvedOn() + " 解决，不能再交办"));
		}
		Map<String, Object> row = rowOf(problem);
		row.put("lead_code", leadCode);
		row.put("assigned_on", (on != null) ? on : this.problems.today());
		row.put("due_on", dueOn);
		return enter(id, row, "assignProblem", Map.of("assigned_on", "on"));
	}

	/** Resolved on {@code on}, today unless given; the contract lets a problem be resolved before it is assigned. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProblemPayload resolveProblem(@Argument String id, @Argument LocalDate on, @Argument String note) {
		EnterpriseProblem problem = this.problems.problem(id).orElse(null);
		if (problem == null) {
			return unknown(id);
		}
		if (problem.resolvedOn() != null) {
			return refused(new Problem("id", "id " + id + "：问题已于 " + problem.resolvedOn() + " 解决"));
		}
		Map<String, Object> row = rowOf(problem);
		row.put("resolved_on", (on != null) ? on : this.problems.today());
		if (note != null) {
			row.put("note", note);
		}
		return enter(id, row, "resolveProblem", Map.of("resolved_on", "on"));
	}

	/** Closed after the follow-up (回访), with the enterprise's satisfaction, 1 to 5: a resolved problem only. */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	ProblemPayload closeProblem(@Argument String id, @Argument Integer satisfaction) {
		EnterpriseProblem problem = this.problems.problem(id).orElse(null);
		if (problem == null) {
			return unknown(id);
		}
		if (problem.state() == ProblemState.CLOSED) {
			return refused(new Problem("id", "id " + id + "：问题已回访办结（满意度 " + problem.satisfaction() + "）"));
		}
		if (problem.state() != ProblemState.RESOLVED) {
			return refused(new Problem("id", "id " + id + "：问题尚未解决，解决后才能回访办结"));
		}
		Map<String, Object> row = rowOf(problem);
		row.put("satisfaction", satisfaction);
		return enter(id, row, "closeProblem", Map.of());
	}

	private ProblemPayload enter(String id, Map<String, Object> row, String operation,
			Map<String, String> argumentNames) {
		List<Problem> refusals = this.entries.enter(ProblemLedgers.PROBLEMS, row, operation, argumentNames);
		if (!refusals.isEmpty()) {
			return new ProblemPayload(null, refusals);
		}
		return new ProblemPayload(this.problems.problem(id).orElse(null), List.of());
	}

	private static ProblemPayload unknown(String id) {
		return refused(new Problem("id", "id " + id + "：没有这个问题，或不在您负责的镇"));
	}

	private static ProblemPayload refused(Problem problem) {
		return new ProblemPayload(null, List.of(problem));
	}

	/** The problem as the ledger's row, every column as stored, so that what the step does not change stays. */
	private static Map<String, Object> rowOf(EnterpriseProblem problem) {
		var row = new HashMap<String, Object>();
		row.put("id", problem.id());
		row.put("credit_code", problem.creditCode());
		row.put("raised_on", problem.raisedOn());
		row.put("category", problem.category());
		row.put("title", problem.title());
		row.put("lead_code", problem.leadCode());
		row.put("assigned_on", problem.assignedOn());
		row.put("due_on", problem.dueOn());
		row.put("resolved_on", problem.resolvedOn());
		row.put("satisfaction", problem.satisfaction());
		row.put("note", problem.note());
		return row;
	}

}

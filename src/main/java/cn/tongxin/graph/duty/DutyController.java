package cn.tongxin.graph.duty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.ledger.LedgerEntries;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * Duty lists over GraphQL: a holder's list for a year, the year's ranking, and a check entered by hand
 * ({@code checkDuty}), which is a one-row import of the duty_checks ledger ({@link LedgerEntries}): its rules, town
 * scope and audit, as a file's row.
 */
@Controller
class DutyController {

	private static final int DEFAULT_RANKING = 200;

	private static final int LARGEST_RANKING = 500;

	/** The input's fields, by the ledger's columns they fill. */
	private static final Map<String, String> COLUMNS = Map.of("dutyId", "duty_id", "checkedOn", "checked_on", "result",
			"result", "score", "score", "action", "action", "note", "note");

	private final Duties duties;

	private final LedgerEntries entries;

	DutyController(Duties duties, LedgerEntries entries) {
		this.duties = duties;
		this.entries = entries;
	}

	record CheckDutyPayload(Duty duty, List<Problem> problems) {
	}

	@QueryMapping
	DutyList dutyList(@Argument String holderCode, @Argument int year) {
		return this.duties.list(holderCode, year).orElse(null);
	}

	@QueryMapping
	List<DutyStanding> dutyRanking(@Argument int year, @Argument DutyHolderKind kind, @Argument Integer first) {
		return this.duties.ranking(year, kind,
				InvalidArgument.countFrom1To("first", first, DEFAULT_RANKING, LARGEST_RANKING));
	}

	/**
	 * A check of a duty the user may see: the district's users check any duty, a town's users their town's duties.
	 * A check on a day already checked replaces that day's.
	 */
	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	CheckDutyPayload checkDuty(@Argument("input") Map<String, Object> input) {
		String id = (String) input.get("dutyId");
		if (this.duties.duty(id).isEmpty()) {
			return new CheckDutyPayload(null,
					List.of(new Problem("dutyId", "duty_id " + id + "：没有这个职责，或不在您负责的镇")));
		}
		var row = new HashMap<String, Object>();
		COLUMNS.forEach((field, column) -> row.put(column, input.get(field)));
		List<Problem> problems = this.entries.enter(DutyCheckLedgers.DUTY_CHECKS, row, "checkDuty");
		if (!problems.isEmpty()) {
			return new CheckDutyPayload(null, problems);
		}
		return new CheckDutyPayload(this.duties.duty(id).orElse(null), List.of());
	}

}

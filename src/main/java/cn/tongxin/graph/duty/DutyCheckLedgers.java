package cn.tongxin.graph.duty;

import java.util.List;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The checks of duties (督查考核), after the duties: a duty checked on a day, with its result, score and action. The
 * duty must be one the user may see (a town's duty for a user of that town, any for the district's). A score may
 * not exceed its duty's weight: a rule across records, asked of the graph by {@code duty_checks-rules}, which the
 * bulk first load does not check.
 */
@Component
@Order(1100)
public class DutyCheckLedgers implements LedgerSheets {

	public static final Sheet DUTY_CHECKS = Sheet.kind("duty_checks")
		.titled("督查考核")
		.cypherIn("duty/ledger")
		.keyedBy("duty_id", "checked_on")
		.columns(required("duty_id", Cell.identifier()).references("duties", "职责").tiedBy(Tie.toNamed("CHECKS")),
				required("checked_on", Cell.date()), required("result", Cell.oneOf(DutyResult.class)),
				optional("score", Cell.wholeNumber(0, 100)),
				optional("action", Cell.oneOf(DutyAction.class)).orElse(DutyAction.NONE.name()),
				optional("note", Cell.text()))
		.checkedInGraph()
		.events("DutyCheck");

	@Override
	public List<Sheet> sheets() {
		return List.of(DUTY_CHECKS);
	}

}

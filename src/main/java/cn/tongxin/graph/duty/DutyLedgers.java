package cn.tongxin.graph.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Reason;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The duty lists (职责清单), after the towns and the member units. A duty's holder is a town or a unit, named by
 * its code: a column can refer to one ledger only, so the holder is kept as the duty's {@code holderCode} and its
 * existence is checked by {@code duties-rules}, as is a weight not below a score the duty's checks gave; the bulk
 * first load checks neither (no {@link cn.tongxin.graph.ledger.RecordRule} says them). The import ties the duty to
 * its holder ({@code HELD_BY}); the bulk load does not, so the reads go by {@code holderCode}. Placed by
 * the holder: a user bound to towns imports their towns' duties only, never a unit's (the units are the
 * district's to check).
 */
@Component
@Order(1000)
public class DutyLedgers implements LedgerSheets {

	private static final Pattern HOLDER = Pattern.compile("[A-Z0-9-]{2,20}");

	/** A town's code (nine digits) or a unit's (2 to 20 capital letters, digits or hyphens): the second covers both. */
	static final Cell HOLDER_CODE = Cell.code(
			code -> HOLDER.matcher(code).matches() ? null : "应为镇的 9 位代码或成员单位的代码（2–20 位大写字母、数字或 -）");

	/** The points of a duty when the ledger gives none. */
	static final long DEFAULT_WEIGHT = 10;

	public static final Sheet DUTIES = Sheet.kind("duties")
		.titled("职责清单")
		.cypherIn("duty/ledger")
		.keyedBy("id")
		.placedBy("holder_code")
		.columns(required("id", Cell.identifier()), required("holder_code", HOLDER_CODE),
				required("kind", Cell.oneOf(DutyKind.class)), required("title", Cell.text()),
				required("year", Cell.wholeNumber(1000, 9999)), optional("due_on", Cell.date()),
				optional("weight", Cell.wholeNumber(1, 100)).orElse(DEFAULT_WEIGHT))
		.rules(DutyLedgers::dueWithinItsYear)
		.checkedInGraph()
		.records("Duty");

	/** A duty falls due within the year of its list. */
	static Reason dueWithinItsYear(Map<String, Object> row) {
		if (row.get("due_on") instanceof LocalDate due && row.get("year") instanceof Long year
				&& due.getYear() != year) {
			return new Reason("due_on", "due_on " + due + "：应在 year " + year + " 年之内");
		}
		return null;
	}

	@Override
	public List<Sheet> sheets() {
		return List.of(DUTIES);
	}

}

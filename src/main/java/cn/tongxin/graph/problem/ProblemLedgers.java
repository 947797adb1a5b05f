package cn.tongxin.graph.problem;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.tongxin.graph.enterprise.EnterpriseLedgers;
import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Reason;
import cn.tongxin.graph.ledger.RowRule;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The problems ledger (为企服务), after the units and the staff. A problem belongs to its enterprise's town: a user
 * bound to towns imports and changes the problems of their towns' enterprises only. Its lead (牵头单位) is a unit
 * or a town; a column names one kind of ledger only, so {@code lead_code} is no declared reference: its record is
 * looked for in {@code queries/problem/ledger/problems-rules.cypher} (with the enterprise's town for the user),
 * tied by the upsert ({@code LED_BY}) and kept as {@code leadCode}, by which the reads find it. The bulk first load
 * checks neither (see docs/import.md).
 */
@Component
@Order(1200)
public class ProblemLedgers implements LedgerSheets {

	private static final Pattern LEAD = Pattern.compile("[A-Z0-9-]{2,20}");

	/** A unit's code or a town's (nine digits): which of the two it names is for the graph to say. */
	public static final Cell LEAD_CODE = Cell
		.code(code -> LEAD.matcher(code).matches() ? null : "应为成员单位代码（2–20 位大写字母、数字或 -）或镇的 9 位代码");

	public static final Sheet PROBLEMS = Sheet.kind("problems")
		.titled("为企服务")
		.cypherIn("problem/ledger")
		.keyedBy("id")
		.columns(required("id", Cell.identifier()),
				required("credit_code", EnterpriseLedgers.CREDIT_CODE).references("enterprises", "企业")
					.tiedBy(Tie.toNamed("CONCERNS")),
				required("raised_on", Cell.date()), required("category", Cell.oneOf(ProblemCategory.class)),
				required("title", Cell.text()), optional("lead_code", LEAD_CODE), optional("assigned_on", Cell.date()),
				optional("due_on", Cell.date()), optional("resolved_on", Cell.date()),
				optional("satisfaction", Cell.wholeNumber(1, 5)), optional("note", Cell.text()))
		.rules(requiredWith("lead_code", "assigned_on", "交办时须写明牵头单位或镇"),
				RowRule.notBefore("assigned_on", "raised_on"), RowRule.notBefore("due_on", "assigned_on"),
				RowRule.notBefore("resolved_on", "raised_on"), onlyWhenResolved())
		.checkedInGraph()
		.records("Problem");

	@Override
	public List<Sheet> sheets() {
		return List.of(PROBLEMS);
	}

	/** {@code header} must be filled when {@code with} is. */
	static RowRule requiredWith(String header, String with, String why) {
		return row -> (row.get(header) == null && row.get(with) != null)
				? new Reason(header, header + "：填写 " + with + " 时必填（" + why + "）") : null;
	}

	/** The follow-up's satisfaction (回访) is asked once the problem is resolved. */
	static RowRule onlyWhenResolved() {
		return row -> (row.get("satisfaction") != null && !(row.get("resolved_on") instanceof LocalDate))
				? new Reason("satisfaction", "satisfaction " + row.get("satisfaction") + "：问题解决后（resolved_on）才能填写回访满意度")
				: null;
	}

}

package cn.tongxin.graph.unit;

import java.util.List;
import java.util.regex.Pattern;

import cn.tongxin.graph.enterprise.EnterpriseLedgers;
import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The ledger of member units (成员单位), after the ledgers of part one. A unit may sit in a town and may be an
 * enterprise; one with no town is the district's, which only a user of the whole district imports.
 */
@Component
@Order(600)
public class UnitLedgers implements LedgerSheets {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

	private static final Pattern TOWN_CODE = Pattern.compile("\\d{9}");

	/**
	 * A unit's code: 2 to 20 capital letters, digits or hyphens, and never a town's (nine digits), since a duty's
	 * holder is named by either.
	 */
	public static final Cell UNIT_CODE = Cell.code(code -> {
		if (!CODE.matcher(code).matches()) {
			return "应为 2–20 位大写字母、数字或 -";
		}
		return TOWN_CODE.matcher(code).matches() ? "不能是 9 位数字（那是镇的代码）" : null;
	});

	public static final Sheet UNITS = Sheet.kind("units")
		.titled("成员单位")
		.cypherIn("unit/ledger")
		.keyedBy("code")
		.placedBy("town_code")
		.columns(required("code", UNIT_CODE), required("name", Cell.text()),
				required("domain", Cell.oneOf(UnitDomain.class)),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("credit_code", EnterpriseLedgers.CREDIT_CODE).referencesAnywhere("enterprises", "企业")
					.tiedBy(Tie.toNamed("IS_ENTERPRISE")))
		.records("Unit");

	@Override
	public List<Sheet> sheets() {
		return List.of(UNITS);
	}

}

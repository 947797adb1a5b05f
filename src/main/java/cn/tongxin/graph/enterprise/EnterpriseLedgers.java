package cn.tongxin.graph.enterprise;

import java.util.List;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/** The ledger of enterprises, each in its town, known by its unified social credit code. */
@Component
@Order(200)
public class EnterpriseLedgers implements LedgerSheets {

	/** A unified social credit code, check character and all. */
	public static final Cell CREDIT_CODE = Cell.code(CreditCode::problemWith);

	public static final Sheet ENTERPRISES = Sheet.kind("enterprises")
		.titled("企业")
		.cypherIn("enterprise/ledger")
		.keyedBy("credit_code")
		.placedBy("town_code")
		.columns(required("credit_code", CREDIT_CODE), required("name", Cell.text()),
				required("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("industry", Cell.identifier()), optional("ownership", Cell.oneOf(Ownership.class)),
				optional("employees", Cell.wholeNumber(0, Integer.MAX_VALUE)))
		.located()
		.records("Enterprise");

	@Override
	public List<Sheet> sheets() {
		return List.of(ENTERPRISES);
	}

}

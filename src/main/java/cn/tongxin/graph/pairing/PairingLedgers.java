package cn.tongxin.graph.pairing;

import java.util.List;

import cn.tongxin.graph.enterprise.EnterpriseLedgers;
import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.RowRule;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The ledgers of village–enterprise pairings (万企兴万村) and their projects, placed by the village: an enterprise
 * pairs with villages anywhere.
 */
@Component
@Order(500)
public class PairingLedgers implements LedgerSheets {

	public static final Sheet PAIRINGS = Sheet.kind("pairings")
		.titled("村企结对")
		.cypherIn("pairing/ledger")
		.keyedBy("enterprise_credit_code", "village_code")
		.columns(required("enterprise_credit_code", EnterpriseLedgers.CREDIT_CODE).referencesAnywhere("enterprises", "企业"),
				required("village_code", Cell.digits(12)).references("villages", "村（社区）"),
				required("since", Cell.date()), optional("until", Cell.date()))
		.rules(RowRule.notBefore("until", "since"))
		.ties("PAIRED_WITH");

	public static final Sheet PROJECTS = Sheet.kind("projects")
		.titled("共建项目")
		.cypherIn("pairing/ledger")
		.keyedBy("id")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				required("enterprise_credit_code", EnterpriseLedgers.CREDIT_CODE).referencesAnywhere("enterprises", "企业")
					.tiedBy(Tie.fromNamed("CARRIES_OUT")),
				required("village_code", Cell.digits(12)).references("villages", "村（社区）")
					.tiedBy(Tie.toNamed("BENEFITS")),
				required("status", Cell.oneOf(ProjectStatus.class)), optional("started", Cell.date()),
				optional("investment_wan", Cell.decimal(0, Double.MAX_VALUE)))
		.records("Project");

	@Override
	public List<Sheet> sheets() {
		return List.of(PAIRINGS, PROJECTS);
	}

}

package cn.tongxin.graph.people;

import java.util.List;
import java.util.Set;

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

/** The ledgers of Party leaders and of non-party representatives. */
@Component
@Order(300)
public class PeopleLedgers implements LedgerSheets {

	public static final Sheet LEADERS = Sheet.kind("leaders")
		.titled("领导干部")
		.cypherIn("people/ledger")
		.keyedBy("id")
		.placedBy("town_code")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				optional("gender", Cell.oneOf(Gender.class)), required("role", Cell.oneOf(LeaderRole.class)),
				required("level", Cell.oneOf(LeaderLevel.class)),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")))
		.rules(RowRule.requiredWhen("town_code", "level", Set.of(LeaderLevel.TOWN.name(), LeaderLevel.VILLAGE.name())))
		.records("Leader");

	public static final Sheet REPRESENTATIVES = Sheet.kind("representatives")
		.titled("党外代表人士")
		.cypherIn("people/ledger")
		.keyedBy("id")
		.placedBy("town_code")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				optional("gender", Cell.oneOf(Gender.class)), optional("birth_year", Cell.yearSince(1900)).personalData(),
				optional("ethnicity", Cell.text()), required("category", Cell.oneOf(Category.class)),
				required("level", Cell.oneOf(RepresentativeLevel.class)),
				optional("enterprise_credit_code", EnterpriseLedgers.CREDIT_CODE).referencesAnywhere("enterprises", "企业")
					.tiedBy(Tie.toNamed("RUNS")),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("phone", Cell.phone()).personalData())
		.records("Representative");

	@Override
	public List<Sheet> sheets() {
		return List.of(LEADERS, REPRESENTATIVES);
	}

}

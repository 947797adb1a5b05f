package cn.tongxin.graph.staff;

import java.util.List;
import java.util.Set;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.RecordRule;
import cn.tongxin.graph.ledger.RowRule;
import cn.tongxin.graph.ledger.Sheet;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The staff ledger (统战干部), after the members: who is posted where, from {@code since} to {@code until}. A site's
 * staff name their site by {@code site_id}. The sites ledger follows this one in the contract's load order, so
 * {@code site_id} cannot be a reference the engine checks (those name earlier ledgers only): {@code staff-rules}
 * checks it in the graph once any site has been imported, and a first load, staff before sites, takes the ids as
 * given. The bulk first load checks staff before any site exists, so that rule has nothing for it to check and is
 * not declared as a {@link RecordRule}. The network ties a site to its staff by this id ({@code network/hop}).
 */
@Component
@Order(800)
public class StaffLedgers implements LedgerSheets {

	public static final Sheet STAFF = Sheet.kind("staff")
		.titled("统战干部")
		.cypherIn("staff/ledger")
		.keyedBy("id")
		.placedBy("town_code")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				required("post", Cell.oneOf(StaffPost.class)),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("village_code", Cell.digits(12)).references("villages", "村（社区）")
					.tiedBy(Tie.toNamed("IN_VILLAGE")),
				optional("site_id", Cell.identifier()), optional("full_time", Cell.bool()).orElse(Boolean.FALSE),
				required("since", Cell.date()), optional("until", Cell.date()),
				optional("phone", Cell.phone()).personalData())
		.rules(RowRule.requiredWhen("town_code", "post",
				Set.of(StaffPost.TOWN_COMMISSIONER.name(), StaffPost.VILLAGE_LIAISON.name())),
				RowRule.requiredWhen("village_code", "post", Set.of(StaffPost.VILLAGE_LIAISON.name())),
				RowRule.requiredWhen("site_id", "post", Set.of(StaffPost.SITE_STAFF.name())),
				RowRule.notBefore("until", "since"))
		.checkedInGraph(RecordRule.within("village_code", "town_code"))
		.records("Staff");

	@Override
	public List<Sheet> sheets() {
		return List.of(STAFF);
	}

}

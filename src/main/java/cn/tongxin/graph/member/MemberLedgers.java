package cn.tongxin.graph.member;

import java.util.List;
import java.util.Set;

import cn.tongxin.graph.ledger.Cell;
import cn.tongxin.graph.ledger.Column.Tie;
import cn.tongxin.graph.ledger.LedgerSheets;
import cn.tongxin.graph.ledger.RecordRule;
import cn.tongxin.graph.ledger.RowRule;
import cn.tongxin.graph.ledger.Sheet;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.Gender;
import cn.tongxin.graph.unit.UnitLedgers;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static cn.tongxin.graph.ledger.Column.optional;
import static cn.tongxin.graph.ledger.Column.required;

/**
 * The members ledger (统战成员), after the member units. A row that changes a stored member takes effect on its
 * {@code changed_on}, the day of the import unless given, and each changed category, tier, town, village, unit or
 * {@code left_on} is kept in the member's history from that day (see {@code queries/member/ledger/members-upsert}).
 * Members of the district tier are the district's: a user bound to towns reads them but does not change them.
 */
@Component
@Order(700)
public class MemberLedgers implements LedgerSheets {

	public static final Sheet MEMBERS = Sheet.kind("members")
		.titled("统战成员")
		.cypherIn("member/ledger")
		.keyedBy("id")
		.placedBy("town_code")
		.columns(required("id", Cell.identifier()), required("name", Cell.text()),
				optional("gender", Cell.oneOf(Gender.class)), optional("birth_year", Cell.yearSince(1900)).personalData(),
				optional("ethnicity", Cell.text()), required("category", Cell.oneOf(Category.class)),
				required("tier", Cell.oneOf(MemberTier.class)),
				optional("town_code", Cell.digits(9)).references("towns", "镇").tiedBy(Tie.toNamed("IN_TOWN")),
				optional("village_code", Cell.digits(12)).references("villages", "村（社区）")
					.tiedBy(Tie.toNamed("IN_VILLAGE")),
				optional("unit_code", UnitLedgers.UNIT_CODE).referencesAnywhere("units", "成员单位")
					.tiedBy(Tie.toNamed("IN_UNIT")),
				optional("representative_id", Cell.identifier()).referencesAnywhere("representatives", "代表人士")
					.tiedBy(Tie.toNamed("IS_REPRESENTATIVE")),
				required("joined_on", Cell.date()), optional("left_on", Cell.date()),
				optional("changed_on", Cell.date()).orToday().asInstruction(),
				optional("phone", Cell.phone()).personalData(), optional("workplace", Cell.text()))
		.rules(RowRule.requiredWhen("town_code", "tier", Set.of(MemberTier.TOWN.name(), MemberTier.VILLAGE.name())),
				RowRule.requiredWhen("village_code", "tier", Set.of(MemberTier.VILLAGE.name())),
				RowRule.notBefore("left_on", "joined_on"), RowRule.notBefore("changed_on", "joined_on"),
				RowRule.notAfterToday("changed_on"))
		.checkedInGraph(RecordRule.within("village_code", "town_code"),
				RecordRule.namedOnce("representative_id", "一位代表人士只对应一名成员"))
		.records("Member");

	@Override
	public List<Sheet> sheets() {
		return List.of(MEMBERS);
	}

}

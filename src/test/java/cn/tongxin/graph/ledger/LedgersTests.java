package cn.tongxin.graph.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.tongxin.graph.duty.DutyCheckLedgers;
import cn.tongxin.graph.duty.DutyLedgers;
import cn.tongxin.graph.enterprise.EnterpriseLedgers;
import cn.tongxin.graph.meeting.MeetingLedgers;
import cn.tongxin.graph.member.MemberLedgers;
import cn.tongxin.graph.network.NetworkLedgers;
import cn.tongxin.graph.pairing.PairingLedgers;
import cn.tongxin.graph.people.PeopleLedgers;
import cn.tongxin.graph.place.PlaceLedgers;
import cn.tongxin.graph.problem.ProblemLedgers;
import cn.tongxin.graph.site.SiteLedgers;
import cn.tongxin.graph.staff.StaffLedgers;
import cn.tongxin.graph.unit.UnitLedgers;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.ledger.Column.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The features declare their ledgers; the engine takes them in load order and refuses, at start-up, a declaration
 * that could not work.
 */
class LedgersTests {

	/** The features' declarations, in the order of their beans. */
	static final List<Sheet> DECLARED = Stream
		.of(new PlaceLedgers(), new EnterpriseLedgers(), new PeopleLedgers(), new NetworkLedgers(), new PairingLedgers(),
				new UnitLedgers(), new MemberLedgers(), new StaffLedgers(), new SiteLedgers(), new DutyLedgers(),
				new DutyCheckLedgers(), new ProblemLedgers(), new MeetingLedgers())
		.flatMap(declaration -> declaration.sheets().stream())
		.toList();

	@Test
	void takeTheFeaturesLedgersInTheOrderAFullLoadTakesThem() {
		assertThat(Ledgers.checked(DECLARED)).extracting(Sheet::kind)
			.containsExactly("towns", "villages", "enterprises", "leaders", "representatives", "friendships", "contacts",
					"pairings", "projects", "units", "members", "staff", "sites", "site_activities", "duties",
					"duty_checks", "problems", "meetings");
	}

	@Test
	void refuseALedgerThatRefersToOneNotLoadedBeforeIt() {
		Sheet sites = Sheet.kind("sites")
			.titled("阵地")
			.cypherIn("site/ledger")
			.keyedBy("code")
			.columns(required("code", Cell.identifier()),
					required("village_code", Cell.digits(12)).references("villages", "村（社区）")
						.tiedBy(Column.Tie.toNamed("IN_VILLAGE")))
			.records("Site");
		assertThat(Ledgers.checked(List.of(PlaceLedgers.TOWNS, PlaceLedgers.VILLAGES, sites))).hasSize(3);
		assertThatIllegalStateException().isThrownBy(() -> Ledgers.checked(List.of(PlaceLedgers.TOWNS, sites)))
			.withMessage("Ledger sites: village_code refers to villages, which is not loaded before it");
	}

	@Test
	void refuseARecordsReferenceThatMakesNoTieAndAKindDeclaredTwice() {
		Sheet untied = Sheet.kind("sites")
			.titled("阵地")
			.cypherIn("site/ledger")
			.keyedBy("code")
			.columns(required("code", Cell.identifier()), required("town_code", Cell.digits(9)).references("towns", "镇"))
			.records("Site");
		assertThatIllegalStateException().isThrownBy(() -> Ledgers.checked(List.of(PlaceLedgers.TOWNS, untied)))
			.withMessage("Ledger sites: town_code makes no tie (Column.tiedBy)");
		assertThatIllegalStateException()
			.isThrownBy(() -> Ledgers.checked(List.of(PlaceLedgers.TOWNS, PlaceLedgers.TOWNS)))
			.withMessage("Ledger towns: declared twice");
	}

	@Test
	void refuseALedgerOfTiesNotKeyedByTheTwoRecordsItTies() {
		Sheet ties = Sheet.kind("neighbours")
			.titled("相邻镇")
			.cypherIn("place/ledger")
			.keyedBy("code")
			.columns(required("code", Cell.digits(9)).references("towns", "镇"), required("since", Cell.date()))
			.ties("NEIGHBOURS");
		assertThatIllegalStateException().isThrownBy(() -> Ledgers.checked(List.of(PlaceLedgers.TOWNS, ties)))
			.withMessage("Ledger neighbours: a ledger of ties is keyed by the two records it ties");
	}

	@Test
	void checkAContactWithinItsFriendshipOnceForTheImportAndTheBulkLoad() {
		Sheet.During during = NetworkLedgers.CONTACTS.during();
		var contact = Map.<String, Object>of("leaderId", "L1", "representativeId", "R1", "date",
				LocalDate.of(2024, 5, 1), "kind", "VISIT");
		LocalDate today = LocalDate.of(2024, 6, 1);
		var friendship = Map.<String, Object>of("since", LocalDate.of(2024, 5, 2));
		assertThat(during.problemWith(NetworkLedgers.CONTACTS, contact, NetworkLedgers.FRIENDSHIPS, null, today).message())
			.isEqualTo("leader_id L1 + representative_id R1：二人没有结对交友，请先导入 friendships 台账");
		assertThat(during.problemWith(NetworkLedgers.CONTACTS, contact, NetworkLedgers.FRIENDSHIPS, friendship, today)
			.message()).isEqualTo("date 2024-05-01：早于结对交友开始的日期 2024-05-02");
		assertThat(during.problemWith(NetworkLedgers.CONTACTS, contact, NetworkLedgers.FRIENDSHIPS, friendship,
				LocalDate.of(2024, 4, 30))
			.message()).isEqualTo("date 2024-05-01：不能晚于今天（2024-04-30）");
		assertThat(during.problemWith(NetworkLedgers.CONTACTS, contact, NetworkLedgers.FRIENDSHIPS,
				Map.of("since", LocalDate.of(2024, 1, 1)), today)).isNull();
	}

}

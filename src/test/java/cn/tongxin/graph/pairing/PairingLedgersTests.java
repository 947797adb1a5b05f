package cn.tongxin.graph.pairing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell and row rules of the pairings and projects ledgers, for a file's text and for a mutation's typed
 * values alike.
 */
class PairingLedgersTests {

	static final String VILLAGE = "610322100200";

	static final String ENTERPRISE = "91610322022725555J";

	@Test
	void needAPairingToEndNotBeforeItBegins() {
		assertThat(Reason.joined(PairingLedgers.PAIRINGS.check(Map.of("enterprise_credit_code", ENTERPRISE, "village_code",
				VILLAGE, "since", "2024-03-01", "until", "2023-03-01"), TODAY)))
			.isEqualTo("until 2023-03-01：不能早于 since 2024-03-01");
	}

	@Test
	void needAKnownProjectStatusAndNoNegativeInvestment() {
		assertThat(project("status", "DONE")).isEqualTo("status DONE：应为 PLANNED、IN_PROGRESS、COMPLETED 之一");
		assertThat(project("investment_wan", "-5")).isEqualTo("investment_wan -5：不能小于 0");
		assertThat(project("investment_wan", "12.5")).isEmpty();
	}

	@Test
	void checkTypedValuesByTheSameRulesWithoutTurningThemIntoText() {
		var row = new HashMap<String, Object>(Map.of("id", "P1", "name", "产业项目", "enterprise_credit_code", ENTERPRISE,
				"village_code", VILLAGE, "status", ProjectStatus.IN_PROGRESS, "started", LocalDate.of(2024, 3, 1),
				"investment_wan", 12.5));
		assertThat(PairingLedgers.PROJECTS.check(row, TODAY)).isEmpty();
		row.put("investment_wan", -5.0);
		assertThat(Reason.joined(PairingLedgers.PROJECTS.check(row, TODAY))).isEqualTo("investment_wan -5.0：不能小于 0");
		row.put("investment_wan", null);
		row.put("started", 20240301);
		assertThat(Reason.joined(PairingLedgers.PROJECTS.check(row, TODAY)))
			.isEqualTo("started 20240301：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
	}

	private static String project(String header, String cell) {
		var row = new HashMap<String, Object>(Map.of("id", "P1", "name", "产业项目", "enterprise_credit_code", ENTERPRISE,
				"village_code", VILLAGE, "status", "PLANNED"));
		row.put(header, cell);
		return Reason.joined(PairingLedgers.PROJECTS.check(row, TODAY));
	}

}

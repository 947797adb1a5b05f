package cn.tongxin.graph.staff;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the staff ledger, as a clerk reads them in an import's report. */
class StaffLedgersTests {

	@Test
	void needWhereEachPostIsHeld() {
		assertThat(staff("post", "TOWN_COMMISSIONER")).isEqualTo("town_code：post 为 TOWN_COMMISSIONER 时必填");
		assertThat(staff("post", "TOWN_COMMISSIONER", "town_code", "610322100")).isEmpty();
		assertThat(staff("post", "VILLAGE_LIAISON", "town_code", "610322100"))
			.isEqualTo("village_code：post 为 VILLAGE_LIAISON 时必填");
		assertThat(staff("post", "SITE_STAFF")).isEqualTo("site_id：post 为 SITE_STAFF 时必填");
		assertThat(staff("post", "SITE_STAFF", "site_id", "S-01")).isEmpty();
		assertThat(staff("post", "MAYOR")).startsWith("post MAYOR：应为 TOWN_COMMISSIONER、");
	}

	@Test
	void needFullTimeAsTrueOrFalseAndAnEndNotBeforeTheStart() {
		assertThat(staff("post", "SITE_STAFF", "site_id", "S-01", "full_time", "yes"))
			.isEqualTo("full_time yes：应为 true 或 false");
		assertThat(staff("post", "SITE_STAFF", "site_id", "S-01", "full_time", "true")).isEmpty();
		assertThat(staff("post", "SITE_STAFF", "site_id", "S-01", "until", "2023-12-31"))
			.isEqualTo("until 2023-12-31：不能早于 since 2024-01-01");
	}

	private static String staff(String... cells) {
		var row = new HashMap<String, Object>(Map.of("id", "C1", "name", "王芳", "since", "2024-01-01"));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(StaffLedgers.STAFF.check(row, TODAY));
	}

}

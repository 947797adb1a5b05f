package cn.tongxin.graph.member;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the members ledger, as a clerk reads them in an import's report. */
class MemberLedgersTests {

	@Test
	void needAKnownCategoryAndTier() {
		assertThat(member("category", "ARTIST")).startsWith("category ARTIST：应为 DEMOCRATIC_PARTY、");
		assertThat(member("tier", "CITY")).isEqualTo("tier CITY：应为 DISTRICT、TOWN、VILLAGE 之一");
		assertThat(member("tier", "DISTRICT")).isEmpty();
	}

	@Test
	void needATownForTheTownTierAndAVillageForTheVillageTier() {
		assertThat(member("tier", "TOWN")).isEqualTo("town_code：tier 为 TOWN 时必填");
		assertThat(member("tier", "TOWN", "town_code", "610322100")).isEmpty();
		assertThat(member("tier", "VILLAGE", "town_code", "610322100")).isEqualTo("village_code：tier 为 VILLAGE 时必填");
		assertThat(member("tier", "VILLAGE", "town_code", "610322100", "village_code", "610322100200")).isEmpty();
	}

	@Test
	void needLeavingAndChangesNotBeforeJoiningAndChangesNotInTheFuture() {
		assertThat(member("left_on", "2019-12-31")).isEqualTo("left_on 2019-12-31：不能早于 joined_on 2020-01-01");
		assertThat(member("changed_on", "2019-12-31")).isEqualTo("changed_on 2019-12-31：不能早于 joined_on 2020-01-01");
		assertThat(member("changed_on", TODAY.plusDays(1).toString()))
			.isEqualTo("changed_on " + TODAY.plusDays(1) + "：不能晚于今天（" + TODAY + "）");
		assertThat(member("changed_on", TODAY.toString())).isEmpty();
	}

	@Test
	void needAUnitCodeAsUnitsHaveThem() {
		assertThat(member("unit_code", "tzb")).isEqualTo("unit_code tzb：应为 2–20 位大写字母、数字或 -");
	}

	private static String member(String... cells) {
		var row = new HashMap<String, Object>(
				Map.of("id", "M1", "name", "王芳", "category", "INTELLECTUAL", "tier", "DISTRICT", "joined_on", "2020-01-01"));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(MemberLedgers.MEMBERS.check(row, TODAY));
	}

}

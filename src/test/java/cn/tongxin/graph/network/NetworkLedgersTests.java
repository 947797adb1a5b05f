package cn.tongxin.graph.network;

import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the friendships ledger, as a clerk reads them in an import's report. */
class NetworkLedgersTests {

	@Test
	void needALastContactNotBeforeTheFriendshipBegan() {
		assertThat(friendship(Map.of("leader_id", "L1", "representative_id", "R1", "since", "2024-03-01", "last_contact",
				"2024-02-29")))
			.isEqualTo("last_contact 2024-02-29：不能早于 since 2024-03-01");
	}

	@Test
	void needIsoDates() {
		assertThat(friendship(Map.of("leader_id", "L1", "representative_id", "R1", "since", "2024/03/01")))
			.isEqualTo("since 2024/03/01：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
	}

	private static String friendship(Map<String, String> row) {
		return Reason.joined(NetworkLedgers.FRIENDSHIPS.check(row, TODAY));
	}

}

package cn.tongxin.graph.meeting;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell rules of the meetings ledger. */
class MeetingLedgersTests {

	@Test
	void needADayABodyOfTheTwoAndATopic() {
		assertThat(meeting()).isEmpty();
		assertThat(meeting("date", "")).isEqualTo("date：必填，不能为空");
		assertThat(meeting("date", "2025/03/01")).isEqualTo("date 2025/03/01：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
		assertThat(meeting("body", "")).isEqualTo("body：必填，不能为空");
		assertThat(meeting("body", "PARTY_CONGRESS"))
			.isEqualTo("body PARTY_CONGRESS：应为 STANDING_COMMITTEE、LEADING_GROUP 之一");
		assertThat(meeting("topic", " ")).isEqualTo("topic：必填，不能为空");
	}

	private static String meeting(String... cells) {
		var row = new HashMap<String, Object>(Map.of("date", "2025-03-01", "body", "LEADING_GROUP", "topic", "研究部署统战工作"));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(MeetingLedgers.MEETINGS.check(row, TODAY));
	}

}

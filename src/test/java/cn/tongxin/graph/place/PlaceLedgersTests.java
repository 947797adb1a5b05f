package cn.tongxin.graph.place;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the towns and villages ledgers, as a clerk reads them in an import's report. */
class PlaceLedgersTests {

	static final String TOWN = "610322100";

	static final String VILLAGE = "610322100200";

	@Test
	void needATownCodeOfNineDigits() {
		assertThat(Reason.joined(PlaceLedgers.TOWNS.check(Map.of("code", "6103221000", "name", "甲镇"), TODAY)))
			.isEqualTo("code 6103221000：应为 9 位数字");
	}

	@Test
	void needAKnownVillageKind() {
		assertThat(village("kind", "HAMLET")).isEqualTo("kind HAMLET：应为 VILLAGE、COMMUNITY 之一");
	}

	@Test
	void needCoordinatesInRangeAndInPairs() {
		assertThat(village("latitude", "91", "longitude", "107")).isEqualTo("latitude 91：应在 -90 到 90 之间");
		assertThat(village("latitude", "", "longitude", "181")).isEqualTo("longitude 181：应在 -180 到 180 之间");
		assertThat(village("latitude", "34.5", "longitude", "")).isEqualTo("latitude 与 longitude 须同时填写或同时留空");
	}

	@Test
	void needHouseholdsThatFitTheGraph() {
		assertThat(village("households", "3000000000")).isEqualTo("households 3000000000：不能大于 2147483647");
	}

	@Test
	void needAnEstablishmentDayAsADateAndTakeOneStillToCome() {
		assertThat(village("established_on", "2025-02-30"))
			.isEqualTo("established_on 2025-02-30：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
		assertThat(village("established_on", "2025年3月"))
			.isEqualTo("established_on 2025年3月：日期应为 YYYY-MM-DD 格式（如 2024-03-01）");
		// a village being set up: counted from that day on, nowhere before
		assertThat(village("established_on", TODAY.plusYears(1).toString())).isEmpty();
		assertThat(village("established_on", "")).as("unknown: since always").isEmpty();
	}

	/** Every reason a village row breaks the rules for, its cells given as header, cell, header, cell... */
	private static String village(String... cells) {
		var row = new HashMap<String, Object>(Map.of("code", VILLAGE, "name", "王家村", "town_code", TOWN));
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(PlaceLedgers.VILLAGES.check(row, TODAY));
	}

}

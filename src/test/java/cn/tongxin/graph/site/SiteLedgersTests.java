package cn.tongxin.graph.site;

import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import cn.tongxin.graph.ledger.Sheet;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell and row rules of the sites and site_activities ledgers, as a clerk reads them in an import's report. The
 * rules that need the graph (references, a village in its town, a site established by the date, members that
 * exist) are in {@link SiteImportTests}.
 */
class SiteLedgersTests {

	@Test
	void needEachRequiredColumnOfASite() {
		for (String column : new String[] { "id", "name", "kind", "level", "domain", "established_on" }) {
			assertThat(site(column, "")).isEqualTo(column + "：必填，不能为空");
		}
		assertThat(site()).isEmpty();
	}

	@Test
	void needAKnownKindLevelAndDomain() {
		assertThat(site("kind", "MUSEUM")).startsWith("kind MUSEUM：应为 SECRETARY_DEMONSTRATION_POINT、")
			.endsWith("BRAND_ROOM 之一");
		assertThat(site("level", "NATIONAL")).startsWith("level NATIONAL：应为 PROVINCIAL、");
		assertThat(site("domain", "ARMY")).startsWith("domain ARMY：应为 TOWN、");
		assertThat(site("kind", "PRACTICE_STATION", "level", "VILLAGE", "domain", "RELIGION")).isEmpty();
	}

	@Test
	void needCodesOfTheirShapeForTheRecordsASiteNames() {
		assertThat(site("town_code", "6103")).isEqualTo("town_code 6103：应为 9 位数字");
		assertThat(site("village_code", "61032210000")).isEqualTo("village_code 61032210000：应为 12 位数字");
		assertThat(site("credit_code", "91610000")).startsWith("credit_code 91610000：");
		assertThat(site("unit_code", "610322100")).isEqualTo("unit_code 610322100：不能是 9 位数字（那是镇的代码）");
		assertThat(site("established_on", "2024/01/01")).startsWith("established_on 2024/01/01：日期应为 YYYY-MM-DD");
	}

	@Test
	void needTheStandardsAsASetOfTheSix() {
		assertThat(site("standards", "PLACE|FACILITIES|RULES|MATERIALS|ACTIVITIES|RECORDS")).isEmpty();
		assertThat(site("standards", " PLACE | RULES ")).isEmpty();
		assertThat(site("standards", "PLACE|GARDEN"))
			.isEqualTo("standards PLACE|GARDEN：GARDEN 不是 PLACE、FACILITIES、RULES、MATERIALS、ACTIVITIES、RECORDS 之一");
		assertThat(site("standards", "PLACE|RULES|PLACE")).isEqualTo("standards PLACE|RULES|PLACE：PLACE 重复");
		assertThat(site("standards", "PLACE||RULES")).isEqualTo("standards PLACE||RULES：用 | 分隔，不能有空项");
	}

	@Test
	void needRulesAsACountOfZeroOrMore() {
		assertThat(site("rules", "0")).isEmpty();
		assertThat(site("rules", "-1")).isEqualTo("rules -1：不能小于 0");
		assertThat(site("rules", "3.5")).isEqualTo("rules 3.5：应为整数");
	}

	@Test
	void needLatitudeAndLongitudeInRangeAndTogether() {
		assertThat(site("latitude", "34.5", "longitude", "108.9")).isEmpty();
		assertThat(site("latitude", "34.5")).isEqualTo("latitude 与 longitude 须同时填写或同时留空");
		assertThat(site("latitude", "91", "longitude", "108.9")).isEqualTo("latitude 91：应在 -90 到 90 之间");
		assertThat(site("latitude", "34.5", "longitude", "181")).isEqualTo("longitude 181：应在 -180 到 180 之间");
	}

	@Test
	void needAnActivitysSiteDateAndTitle() {
		for (String column : new String[] { "site_id", "date", "title" }) {
			assertThat(activity(column, "")).isEqualTo(column + "：必填，不能为空");
		}
		assertThat(activity()).isEmpty();
		assertThat(activity("date", "2024-13-01")).startsWith("date 2024-13-01：日期应为 YYYY-MM-DD");
	}

	@Test
	void needParticipantsOfZeroOrMoreAndMembersNamedOnceEach() {
		assertThat(activity("participants", "0")).isEmpty();
		assertThat(activity("participants", "-3")).isEqualTo("participants -3：不能小于 0");
		assertThat(activity("member_ids", "M1|M2")).isEmpty();
		assertThat(activity("member_ids", "M1|M2|M1")).isEqualTo("member_ids M1|M2|M1：M1 重复");
		assertThat(activity("member_ids", "M1|")).isEqualTo("member_ids M1|：用 | 分隔，不能有空项");
	}

	@Test
	void readTheStoredSetBackPartByPart() {
		assertThat(SiteLedgers.partsOf(" PLACE | RULES")).containsExactly("PLACE", "RULES");
		assertThat(SiteLedgers.partsOf(null)).isEmpty();
	}

	private static String site(String... cells) {
		return check(SiteLedgers.SITES, new HashMap<>(Map.of("id", "S1", "name", "甲镇同心实践站", "kind",
				"PRACTICE_STATION", "level", "TOWN", "domain", "TOWN", "established_on", "2024-01-01")), cells);
	}

	private static String activity(String... cells) {
		return check(SiteLedgers.SITE_ACTIVITIES,
				new HashMap<>(Map.of("site_id", "S1", "date", "2024-03-01", "title", "同心讲堂")), cells);
	}

	private static String check(Sheet sheet, Map<String, Object> row, String... cells) {
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(sheet.check(row, TODAY));
	}

}

package cn.tongxin.graph.people;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.ledger.Reason;
import cn.tongxin.graph.ledger.Sheet;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The cell and row rules of the leaders and representatives ledgers, as a clerk reads them in a report. */
class PeopleLedgersTests {

	@Test
	void needAKnownGender() {
		assertThat(leader("gender", "M", "role", "PARTY_GROUP")).isEqualTo("gender M：应为 MALE、FEMALE 之一");
	}

	@Test
	void needAKnownRoleAndLevelForALeader() {
		assertThat(leader("role", "MAYOR")).startsWith("role MAYOR：应为 STANDING_COMMITTEE、");
		assertThat(leader("role", "PARTY_GROUP", "level", "CITY")).isEqualTo("level CITY：应为 DISTRICT、TOWN、VILLAGE 之一");
	}

	@Test
	void needATownForTownAndVillageLeadersOnly() {
		assertThat(leader("role", "PARTY_COMMITTEE", "level", "TOWN", "town_code", ""))
			.isEqualTo("town_code：level 为 TOWN 时必填");
		assertThat(leader("role", "BRANCH_COMMITTEE", "level", "VILLAGE", "town_code", ""))
			.isEqualTo("town_code：level 为 VILLAGE 时必填");
		assertThat(leader("role", "PARTY_GROUP", "level", "DISTRICT", "town_code", "")).isEmpty();
	}

	@Test
	void needAKnownCategoryAndLevelForARepresentative() {
		assertThat(representative("category", "ARTIST")).startsWith("category ARTIST：应为 DEMOCRATIC_PARTY、");
		assertThat(representative("level", "NATIONAL")).isEqualTo("level NATIONAL：应为 PROVINCIAL、MUNICIPAL、DISTRICT 之一");
	}

	@Test
	void needAPlausibleBirthYearAndPhoneWithoutQuotingThem() {
		int thisYear = Year.now().getValue();
		assertThat(representative("birth_year", "1850")).isEqualTo("birth_year：应在 1900 到 " + thisYear + " 之间");
		assertThat(representative("birth_year", String.valueOf(thisYear + 1)))
			.isEqualTo("birth_year：应在 1900 到 " + thisYear + " 之间");
		assertThat(representative("phone", "138-x-5678")).isEqualTo("phone：应为电话号码（数字，可含 +、-、空格、括号）");
		assertThat(representative("phone", "(029) 8888 6666")).isEmpty();
		assertThat(representative("phone", "+86 138 0000 5678")).isEmpty();
	}

	private static String leader(String... cells) {
		return problem(PeopleLedgers.LEADERS, Map.of("id", "L2", "name", "王强", "level", "DISTRICT"), cells);
	}

	private static String representative(String... cells) {
		return problem(PeopleLedgers.REPRESENTATIVES,
				Map.of("id", "R2", "name", "赵敏", "category", "INTELLECTUAL", "level", "DISTRICT"), cells);
	}

	/** Every reason the row breaks the sheet's rules for: {@code base} with cells given as header, cell, ... */
	private static String problem(Sheet sheet, Map<String, String> base, String... cells) {
		var row = new HashMap<String, Object>(base);
		for (int i = 0; i < cells.length; i += 2) {
			row.put(cells[i], cells[i + 1]);
		}
		return Reason.joined(sheet.check(row, TODAY));
	}

}

package cn.tongxin.graph.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.system.CypherFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.GraphTestConfiguration.TODAY;
import static cn.tongxin.graph.QueryPlans.operators;
import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's work report counts its members on a day from the kept flows of their joining and leaving by day
 * and by month (V0025), corrected by the changes after the day, and a count of the whole ledger comes from the
 * tallies of those in it and those who left (V0022, V0024): after each way members are written its figures are
 * those counted from every member, on days before, between and after the changes, and the tallies and flows are the
 * counts they stand for, and so are the name tallies (V0026).
 */
@GraphTest
class MemberTalliesTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100200";

	static final String HEADER = "id,name,category,tier,town_code,village_code,joined_on,left_on,changed_on\n";

	static final String REPORT = """
			query($to: Date) { workReport(to: $to) {
			  members membersByCategory { category members } membersByTier { tier members } } }""";

	static final String UPDATE = """
			mutation($input: UpdateMemberInput!) { updateMember(input: $input) { problems { field message } } }""";

	// ends and starts of months, days on which members joined (2019-08-20, 2024-07-15) or left (2024-08-15), and the
	// day before one
	static final List<String> DAYS = List.of("2017-12-31", "2019-06-30", "2019-08-20", "2023-12-31", "2024-06-30",
			"2024-07-15", "2024-08-14", "2024-08-15", "2025-03-01", "2025-06-30", "2025-12-31", TODAY.toString());

	/**
	 * The members in the ledger on $to by the values in force that day, read from every member and its whole
	 * history by the one rule the ledger reads it by (member/values-on): what the district's report must give.
	 */
	static final String COUNTED = """
			MATCH (m:Member)
			WHERE m.joinedOn <= $to AND (m.leftOn IS NULL OR m.leftOn > $to)
			WITH m, $to AS day
			%s
			WITH coalesce(was.CATEGORY, {value: m.category}).value AS category,
			     coalesce(was.TIER, {value: m.tier}).value AS tier
			RETURN category, tier, count(*) AS members
			""".formatted(CypherFile.load("member/values-on"));

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	TongxinHttp admin;

	@BeforeEach
	void twoTowns() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n".formatted(VILLAGE_A, A));
	}

	@Test
	void countTheDistrictsMembersFromTheTalliesAsFromEveryMemberWhateverWroteThem() {
		// more than one batch of the tests' 50 rows: the tallies of one batch and the next add up
		String first = members();
		ok("members", first);
		sameAsCounted("the first import");

		assertThat(this.admin.importCsv("members", first).unchanged()).isEqualTo(120);
		sameAsCounted("the same file again");

		updated(Map.of("id", "M003", "on", "2025-03-01", "category", "RELIGIOUS"));
		updated(Map.of("id", "M004", "on", "2024-06-30", "tier", "DISTRICT"));
		updated(Map.of("id", "M005", "leftOn", "2025-06-30"));
		updated(Map.of("id", "M006", "on", "2025-06-30", "category", "TAIWAN", "tier", "DISTRICT", "leftOn",
				"2026-01-31"));
		sameAsCounted("updateMember: a category, a tier, a leaving");

		// M003 back to its first category, M005's leaving taken back, M006 back in its first category, tier and
		// town and no longer left; and M007 leaves, in the same file
		var back = new StringBuilder(HEADER);
		back.append(row(3, null, "2025-12-31")).append(row(5, null, "2025-12-31")).append(row(6, null, "2026-02-01"));
		back.append(row(7, "2026-03-31", "2026-03-31"));
		// and M010 (张成员10) is renamed 赵成员10: a name's first character moves it between the name tallies
		back.append(row(10, null, null).replace(",张成员10,", ",赵成员10,"));
		ImportReport moved = this.admin.importCsv("members", back.toString());
		assertThat(moved.rejected()).isEmpty();
		assertThat(moved.updated()).isEqualTo(5);
		sameAsCounted("a members file that moves them back and renames one");
	}

	/** The report reads no member through its label: the flows, by month and by day, through their indexes. */
	@Test
	void readNoMemberThroughItsLabelForTheDistrictsReport() {
		ok("members", members());
		var parameters = new HashMap<String, Object>(Map.of("from", LocalDate.of(2025, 1, 1), "to",
				LocalDate.of(2025, 6, 30)));
		parameters.put("townCode", null);
		parameters.put("userTowns", null);
		try (var session = this.driver.session()) {
			var plan = session.run("EXPLAIN " + CypherFile.load("report/work-report"), parameters).consume().plan();
			assertThat(operators(plan)).as("the district's report")
				.noneMatch(operator -> (operator.startsWith("NodeByLabelScan") || operator.startsWith("AllNodesScan")
						|| operator.contains("Member(id)")) && operator.matches("(?s).*:Member(?!\\w).*"))
				.anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")
						&& operator.contains("MemberMonthFlow(month)"))
				.anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")
						&& operator.contains("MemberDayFlow(day)"));
		}
	}

	/**
	 * 120 members of five categories and the three tiers in towns A and B, joined from 2018 to 2026, a third of
	 * them left in 2024, 2025 or 2026.
	 */
	private static String members() {
		var csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 120; i++) {
			String leftOn = switch (i % 6) {
				case 1 -> "2024-%02d-15".formatted(1 + i % 12);
				case 2 -> "2025-%02d-28".formatted(1 + i % 12);
				case 3 -> (i == 3) ? null : "2026-%02d-01".formatted(1 + i % 10);
				default -> null;
			};
			csv.append(row(i, leftOn, null));
		}
		return csv.toString();
	}

	/** Member {@code i} with its first values, and the {@code leftOn} and {@code changedOn} given. */
	private static String row(int i, String leftOn, String changedOn) {
		Category category = Category.values()[i % 5];
		String tier = List.of("TOWN", "VILLAGE", "DISTRICT").get(i % 3);
		String town = (i % 3 == 1) ? A : (i % 3 == 0) ? B : "";
		String village = tier.equals("VILLAGE") ? VILLAGE_A : "";
		if (tier.equals("VILLAGE")) {
			town = A;
		}
		// a row's changed_on is today's unless given, and not before it joined: none joins after today
		int year = 2018 + i % 9;
		String joinedOn = "%d-%02d-%02d".formatted(year, 1 + i % ((year == TODAY.getYear()) ? 10 : 12), 1 + i % 28);
		if (leftOn != null && leftOn.compareTo(joinedOn) < 0) {
			leftOn = joinedOn;
		}
		if (changedOn != null && changedOn.compareTo(joinedOn) < 0) {
			changedOn = joinedOn;
		}
		return "M%03d,%s成员%d,%s,%s,%s,%s,%s,%s,%s\n".formatted(i, "王李张赵".charAt(i % 4), i, category, tier, town,
				village, joinedOn,
				(leftOn != null) ? leftOn : "", (changedOn != null) ? changedOn : "");
	}

	private void sameAsCounted(String after) {
		for (String day : DAYS) {
			var counted = new TreeMap<String, Integer>();
			int total = 0;
			for (Map<String, Object> group : this.neo4j.query(COUNTED).bind(LocalDate.parse(day)).to("to").fetch().all()) {
				int members = ((Number) group.get("members")).intValue();
				counted.merge((String) group.get("category"), members, Integer::sum);
				counted.merge((String) group.get("tier"), members, Integer::sum);
				total += members;
			}
			ClientGraphQlResponse report = this.admin.graphQl().document(REPORT).variable("to", day).executeSync();
			var reported = new TreeMap<String, Integer>();
			List<Map<String, Object>> byCategory = values(report, "workReport.membersByCategory");
			byCategory.forEach(group -> reported.merge((String) group.get("category"), (Integer) group.get("members"),
					Integer::sum));
			List<Map<String, Object>> byTier = values(report, "workReport.membersByTier");
			byTier.forEach(group -> reported.merge((String) group.get("tier"), (Integer) group.get("members"),
					Integer::sum));
			reported.values().removeIf(members -> members == 0);
			assertThat(reported).as("by category and tier on %s, after %s", day, after).isEqualTo(counted);
			assertThat((Integer) value(report, "workReport.members")).as("members on %s, after %s", day, after)
				.isEqualTo(total);
		}
		List<String> kept = this.neo4j
			.query("""
					MATCH (t:MemberTally) WHERE t.members <> 0 OR t.left <> 0
					RETURN t.category + ' ' + t.tier + ' ' + t.members + ' ' + t.left AS tally""")
			.fetchAs(String.class)
			.all()
			.stream()
			.sorted()
			.toList();
		List<String> stillIn = this.neo4j.query("""
				MATCH (m:Member)
				WITH m.category AS category, m.tier AS tier, count(m.leftOn) AS left, count(*) - count(m.leftOn) AS members
				RETURN category + ' ' + tier + ' ' + members + ' ' + left AS tally""").fetchAs(String.class).all().stream()
			.sorted()
			.toList();
		assertThat(kept).as("the tallies after %s", after).isEqualTo(stillIn).isNotEmpty();
		List<String> byName = this.neo4j.query("""
				MATCH (t:MemberNameTally) WHERE t.members <> 0
				RETURN t.initial + ' ' + t.category + ' ' + t.tier + ' ' + t.members AS tally""")
			.fetchAs(String.class).all().stream().sorted().toList();
		List<String> named = this.neo4j.query("""
				MATCH (m:Member)
				WITH left(m.name, 1) AS initial, m.category AS category, m.tier AS tier, count(*) AS members
				RETURN initial + ' ' + category + ' ' + tier + ' ' + members AS tally""")
			.fetchAs(String.class).all().stream().sorted().toList();
		assertThat(byName).as("the name tallies after %s", after).isEqualTo(named).isNotEmpty();
		for (String flow : List.of("MemberDayFlow", "MemberMonthFlow")) {
			String key = flow.equals("MemberDayFlow") ? "day" : "month";
			List<String> flowed = this.neo4j.query("""
					MATCH (f:%s) WHERE f.joined <> 0 OR f.left <> 0
					RETURN f.category + ' ' + f.tier + ' ' + toString(f.%s) + ' ' + f.joined + ' ' + f.left AS flow"""
				.formatted(flow, key)).fetchAs(String.class).all().stream().sorted().toList();
			List<String> counted = this.neo4j.query("""
					MATCH (m:Member)
					UNWIND [{day: m.joinedOn, joined: 1, left: 0}]
					       + CASE WHEN m.leftOn IS NULL THEN [] ELSE [{day: m.leftOn, joined: 0, left: 1}] END AS e
					WITH m.category AS category, m.tier AS tier,
					     CASE $key WHEN 'day' THEN e.day ELSE date.truncate('month', e.day) END AS at,
					     sum(e.joined) AS joined, sum(e.left) AS left
					RETURN category + ' ' + tier + ' ' + toString(at) + ' ' + joined + ' ' + left AS flow""")
				.bind(key).to("key").fetchAs(String.class).all().stream().sorted().toList();
			assertThat(flowed).as("the %s after %s", flow, after).isEqualTo(counted).isNotEmpty();
		}
	}

	private void updated(Map<String, Object> input) {
		var response = this.admin.graphQl().document(UPDATE).variable("input", input).executeSync();
		assertThat(values(response, "updateMember.problems")).as("%s", input).isEmpty();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}

package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.demo.DemoFiles.FILES;
import static cn.tongxin.graph.demo.DemoFiles.column;
import static cn.tongxin.graph.demo.DemoFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's files of the work its report counts (sites, their activities, duty lists and checks,
 * enterprises' problems, meetings), read back with a plain split: the report's 2025 figures, and the contract's
 * rules for each row.
 */
class DemoDistrictWorkTests {

	private static final LocalDate REPORT_DATE = LocalDate.of(2025, 12, 31);

	private static final LocalDate LEDGER_DATE = LocalDate.of(2026, 10, 31);

	/** The tests' server day (GraphTestConfiguration). */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void comesInLoadOrderAfterTheWiderLedgerAndIsDeterministic() {
		assertThat(DemoDistrict.workFiles(DemoDistrict.SEED)).extracting(DemoDistrict.LedgerFile::kind)
			.containsExactly("sites", "site_activities", "duties", "duty_checks", "problems", "meetings");
		assertThat(DemoDistrict.files(DemoDistrict.SEED)).endsWith(
				DemoDistrict.workFiles(DemoDistrict.SEED).toArray(DemoDistrict.LedgerFile[]::new));
		assertThat(DemoDistrict.workFiles(DemoDistrict.SEED)).isEqualTo(DemoDistrict.workFiles(DemoDistrict.SEED));
		for (String kind : List.of("sites", "site_activities", "duties", "duty_checks", "problems", "meetings")) {
			String[] lines = FILES.get(kind).split("\n");
			int columns = lines[0].split(",").length;
			for (String line : lines) {
				assertThat(line.split(",", -1)).as("%s: %s", kind, line).hasSize(columns);
			}
		}
	}

	@Test
	void hasTheReportsSitesOnItsDayAndTwoStationsSince() {
		List<Map<String, String>> sites = rows("sites");
		Map<String, Long> onReportDate = sites.stream()
			.filter((site) -> !LocalDate.parse(site.get("established_on")).isAfter(REPORT_DATE))
			.collect(Collectors.groupingBy((site) -> site.get("kind"), Collectors.counting()));
		assertThat(onReportDate).isEqualTo(Map.of("SECRETARY_DEMONSTRATION_POINT", 29L, "NEW_STRATA_INNOVATION_BASE", 4L,
				"QINCHUANGYUAN_BASE", 3L, "VILLAGE_ENTERPRISE_PILOT", 5L, "RELIGIOUS_DEMONSTRATION_SITE", 7L,
				"PRACTICE_CENTRE", 13L, "PRACTICE_STATION", 16L, "BRAND_ROOM", 3L));
		assertThat(sites).filteredOn((site) -> LocalDate.parse(site.get("established_on")).isAfter(REPORT_DATE))
			.hasSize(2)
			.allMatch((site) -> site.get("kind").equals("PRACTICE_STATION")
					&& !LocalDate.parse(site.get("established_on")).isAfter(LEDGER_DATE));
		assertThat(sites).filteredOn((site) -> site.get("kind").equals("SECRETARY_DEMONSTRATION_POINT"))
			.extracting((site) -> site.get("level"))
			.contains("DISTRICT", "TOWN", "VILLAGE");
		assertThat(sites).extracting((site) -> site.get("name")).contains("同心荟").doesNotHaveDuplicates();
	}

	@Test
	void keepsTheSitesRules() {
		Map<String, String> townOfVillage = column("villages", "code", "town_code");
		Set<String> towns = column("towns", "code");
		Set<String> enterprises = column("enterprises", "credit_code");
		Set<String> units = column("units", "code");
		Set<String> standards = Set.of("PLACE", "FACILITIES", "RULES", "MATERIALS", "ACTIVITIES", "RECORDS");
		List<Map<String, String>> sites = rows("sites");
		assertThat(sites).extracting((site) -> site.get("id")).doesNotHaveDuplicates();
		for (Map<String, String> site : sites) {
			if (!site.get("village_code").isEmpty()) {
				assertThat(townOfVillage.get(site.get("village_code"))).as(site.get("id")).isEqualTo(site.get("town_code"));
			}
			assertThat(site.get("town_code")).as(site.get("id")).isIn(union(towns, Set.of("")));
			assertThat(site.get("credit_code")).as(site.get("id")).isIn(union(enterprises, Set.of("")));
			assertThat(site.get("unit_code")).as(site.get("id")).isIn(union(units, Set.of("")));
			assertThat(Set.of(site.get("standards").split("\\|"))).as(site.get("id")).isSubsetOf(standards);
			assertThat(Integer.parseInt(site.get("rules"))).isNotNegative();
		}
		// some meet fewer than the six standards, as a real district's would
		assertThat(sites).anyMatch((site) -> site.get("standards").split("\\|").length < 6)
			.anyMatch((site) -> site.get("standards").split("\\|").length == 6);
	}

	@Test
	void datesActivitiesWithinTheirSitesLifeWithMembersInTheLedgerThen() {
		Map<String, String> established = column("sites", "id", "established_on");
		Map<String, Map<String, String>> members = new HashMap<>();
		rows("members").forEach((member) -> members.put(member.get("id"), member));
		List<Map<String, String>> activities = rows("site_activities");
		assertThat(activities).extracting((activity) -> activity.get("site_id") + activity.get("date") + activity.get("title"))
			.doesNotHaveDuplicates();
		assertThat(activities.stream().map((activity) -> activity.get("site_id")).collect(Collectors.toSet()))
			.isEqualTo(established.keySet());
		for (Map<String, String> activity : activities) {
			LocalDate date = LocalDate.parse(activity.get("date"));
			assertThat(date).as(activity.toString())
				.isAfterOrEqualTo(LocalDate.parse(established.get(activity.get("site_id"))))
				.isBeforeOrEqualTo(LEDGER_DATE);
			assertThat(Integer.parseInt(activity.get("participants"))).isNotNegative();
			for (String id : activity.get("member_ids").isEmpty() ? new String[0] : activity.get("member_ids").split("\\|")) {
				Map<String, String> member = members.get(id);
				assertThat(member).as(id).isNotNull();
				assertThat(LocalDate.parse(member.get("joined_on"))).isBeforeOrEqualTo(date);
			}
		}
		assertThat(activities).anyMatch((activity) -> !activity.get("member_ids").isEmpty());
	}

	@Test
	void givesEveryTownAndUnitADutyListForTheReportYearAndChecksIt() {
		Set<String> holders = union(column("towns", "code"), column("units", "code"));
		List<Map<String, String>> duties = rows("duties");
		assertThat(duties).extracting((duty) -> duty.get("id")).doesNotHaveDuplicates();
		for (String kind : List.of("COMMON", "SPECIFIC")) {
			assertThat(duties.stream()
				.filter((duty) -> duty.get("year").equals("2025") && duty.get("kind").equals(kind))
				.map((duty) -> duty.get("holder_code"))
				.collect(Collectors.toSet())).as(kind).isEqualTo(holders);
		}
		Map<String, Integer> weights = new HashMap<>();
		for (Map<String, String> duty : duties) {
			assertThat(LocalDate.parse(duty.get("due_on")).getYear()).isEqualTo(Integer.parseInt(duty.get("year")));
			int weight = duty.get("weight").isEmpty() ? 10 : Integer.parseInt(duty.get("weight"));
			assertThat(weight).isBetween(1, 100);
			weights.put(duty.get("id"), weight);
		}
		List<Map<String, String>> checks = rows("duty_checks");
		assertThat(checks).extracting((check) -> check.get("duty_id") + check.get("checked_on")).doesNotHaveDuplicates();
		for (Map<String, String> check : checks) {
			assertThat(weights).containsKey(check.get("duty_id"));
			assertThat(Integer.parseInt(check.get("score"))).isBetween(0, weights.get(check.get("duty_id")));
			assertThat(LocalDate.parse(check.get("checked_on"))).isBeforeOrEqualTo(LEDGER_DATE);
		}
		assertThat(checks.stream().map((check) -> check.get("result")).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("DONE", "PARTLY", "NOT_DONE");
		assertThat(checks.stream()
			.filter((check) -> check.get("checked_on").startsWith("2025"))
			.map((check) -> check.get("action"))
			.collect(Collectors.toSet())).containsExactlyInAnyOrder("NONE", "REMINDER", "RECTIFICATION", "COMMENDATION");
	}

	@Test
	void resolvesTheReportsSixtyFiveProblemsIn2025AndLeavesSomeOpenAndOverdue() {
		List<Map<String, String>> problems = rows("problems");
		assertThat(problems).filteredOn((problem) -> problem.get("resolved_on").startsWith("2025")).hasSize(65);
		assertThat(problems).filteredOn((problem) -> problem.get("resolved_on").isEmpty())
			.anyMatch((problem) -> !problem.get("due_on").isEmpty() && LocalDate.parse(problem.get("due_on")).isBefore(TODAY))
			.anyMatch((problem) -> problem.get("assigned_on").isEmpty());
		Set<String> enterprises = column("enterprises", "credit_code");
		Set<String> leads = union(column("towns", "code"), column("units", "code"));
		for (Map<String, String> problem : problems) {
			LocalDate raised = LocalDate.parse(problem.get("raised_on"));
			assertThat(problem.get("credit_code")).isIn(enterprises);
			assertThat(raised).isBeforeOrEqualTo(LEDGER_DATE);
			assertThat(problem.get("lead_code").isEmpty()).as(problem.get("id")).isEqualTo(problem.get("assigned_on").isEmpty());
			if (!problem.get("assigned_on").isEmpty()) {
				assertThat(problem.get("lead_code")).isIn(leads);
				LocalDate assigned = LocalDate.parse(problem.get("assigned_on"));
				assertThat(assigned).as(problem.get("id")).isAfterOrEqualTo(raised).isBeforeOrEqualTo(LEDGER_DATE);
				assertThat(LocalDate.parse(problem.get("due_on"))).isAfterOrEqualTo(assigned);
			}
			if (!problem.get("resolved_on").isEmpty()) {
				assertThat(LocalDate.parse(problem.get("resolved_on"))).as(problem.get("id"))
					.isAfterOrEqualTo(raised)
					.isBeforeOrEqualTo(LEDGER_DATE);
			}
			else {
				assertThat(problem.get("satisfaction")).as(problem.get("id")).isEmpty();
			}
			if (!problem.get("satisfaction").isEmpty()) {
				assertThat(Integer.parseInt(problem.get("satisfaction"))).isBetween(1, 5);
			}
		}
	}

	@Test
	void holdsSixMeetingsIn2025() {
		List<Map<String, String>> meetings = rows("meetings");
		assertThat(meetings).filteredOn((meeting) -> meeting.get("date").startsWith("2025")).hasSize(6);
		assertThat(meetings).extracting((meeting) -> meeting.get("date") + meeting.get("body")).doesNotHaveDuplicates();
		assertThat(meetings).extracting((meeting) -> meeting.get("body"))
			.containsOnly("STANDING_COMMITTEE", "LEADING_GROUP");
		assertThat(meetings).allMatch((meeting) -> !LocalDate.parse(meeting.get("date")).isAfter(LEDGER_DATE));
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> union = new HashSet<>(one);
		union.addAll(other);
		return union;
	}

}

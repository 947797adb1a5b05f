package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongxin.graph.planning.PlanningRules;
import cn.tongxin.graph.enterprise.CreditCode;
import cn.tongxin.graph.network.FriendshipRules;
import cn.tongxin.graph.people.LeaderRole;
import org.junit.jupiter.api.Test;

import static cn.tongxin.graph.demo.DemoFiles.FILES;
import static cn.tongxin.graph.demo.DemoFiles.column;
import static cn.tongxin.graph.demo.DemoFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's files, read back with a plain split (the demo's text has no quoted cells), checked against
 * the import rules and the shape the demo promises.
 */
class DemoDistrictTests {

	/** The day of the district's report: full coverage, and the member ledger's 22,176. */
	private static final LocalDate REPORT_DATE = LocalDate.of(2025, 12, 31);

	/** Coverage is judged as of a day just after the ledgers' last entry. */
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

	private static final LocalDate LEDGER_DATE = LocalDate.of(2026, 10, 31);

	private static final Set<String> CATEGORIES = Set.of("DEMOCRATIC_PARTY", "NON_PARTISAN", "INTELLECTUAL",
			"ETHNIC_MINORITY", "RELIGIOUS", "PRIVATE_ECONOMY", "NEW_SOCIAL_STRATA", "RETURNED_OVERSEAS_STUDENT",
			"HK_MACAO", "TAIWAN", "OVERSEAS_CHINESE");

	@Test
	void isDeterministic() {
		assertThat(DemoDistrict.files(DemoDistrict.SEED)).isEqualTo(DemoDistrict.files(DemoDistrict.SEED));
		assertThat(DemoDistrict.coreFiles(DemoDistrict.SEED)).containsAllEntriesOf(
				Map.of("towns", FILES.get("towns"), "projects", FILES.get("projects")));
		assertThat(DemoDistrict.coreFiles(DemoDistrict.SEED + 1).get("representatives"))
			.isNotEqualTo(FILES.get("representatives"));
	}

	@Test
	void listsTheKindsInImportOrder() {
		assertThat(DemoDistrict.files(DemoDistrict.SEED)).extracting(DemoDistrict.LedgerFile::kind)
			.containsExactly("towns", "villages", "enterprises", "leaders", "representatives", "friendships",
					"contacts", "pairings", "projects", "units", "members", "members", "staff", "sites", "site_activities",
					"duties", "duty_checks", "problems", "meetings");
		assertThat(DemoDistrict.coreFiles(DemoDistrict.SEED).keySet()).containsExactly("towns", "villages",
				"enterprises", "leaders", "representatives", "friendships", "contacts", "pairings", "projects");
	}

	@Test
	void writesPlainCsvThatASimpleSplitReads() {
		FILES.forEach((kind, text) -> {
			assertThat(text).as(kind).endsWith("\n").doesNotContain("\r", "\"", "\n\n");
			String[] lines = text.split("\n");
			int columns = lines[0].split(",").length;
			for (String line : lines) {
				assertThat(line.split(",", -1)).as("%s: %s", kind, line).hasSize(columns);
			}
		});
	}

	@Test
	void hasTwelveTowns() {
		List<Map<String, String>> towns = rows("towns");
		assertThat(towns).extracting((town) -> town.get("code"))
			.containsExactly("610322100", "610322101", "610322102", "610322103", "610322104", "610322105",
					"610322106", "610322107", "610322108", "610322109", "610322110", "610322111");
		assertThat(towns).extracting((town) -> town.get("name"))
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.endsWith("镇") || name.endsWith("街道"));
	}

	@Test
	void hasAboutOneHundredFiftyVillagesAndCommunities() {
		List<Map<String, String>> villages = rows("villages");
		assertThat(villages).hasSizeBetween(140, 160);
		assertThat(villages).extracting((village) -> village.get("code")).doesNotHaveDuplicates();
		assertThat(villages).extracting((village) -> village.get("name")).doesNotHaveDuplicates();
		long communities = villages.stream().filter((village) -> village.get("kind").equals("COMMUNITY")).count();
		assertThat(communities).isBetween(15L, 30L);
		for (Map<String, String> village : villages) {
			assertThat(village.get("code")).matches("\\d{12}").startsWith(village.get("town_code"));
			assertThat(village.get("kind")).isIn("VILLAGE", "COMMUNITY");
			assertThat(village.get("name")).endsWith(village.get("kind").equals("VILLAGE") ? "村" : "社区");
			assertThat(Integer.parseInt(village.get("households"))).isBetween(80, 2500);
			assertThat(village.get("latitude")).matches("34\\.\\d{5}");
			assertThat(village.get("longitude")).matches("107\\.\\d{5}");
			assertThat(Double.parseDouble(village.get("latitude"))).isBetween(34.3, 34.8);
			assertThat(Double.parseDouble(village.get("longitude"))).isBetween(107.1, 107.7);
		}
	}

	@Test
	void clustersEachTownsVillagesAroundItsCentre() {
		Map<String, List<Map<String, String>>> byTown = rows("villages").stream()
			.collect(Collectors.groupingBy((village) -> village.get("town_code")));
		assertThat(byTown).hasSize(12);
		byTown.forEach((town, villages) -> {
			assertThat(villages).hasSizeBetween(10, 15);
			double latitude = average(villages, "latitude");
			double longitude = average(villages, "longitude");
			for (Map<String, String> village : villages) {
				assertThat(Math.abs(Double.parseDouble(village.get("latitude")) - latitude)).isLessThan(0.12);
				assertThat(Math.abs(Double.parseDouble(village.get("longitude")) - longitude)).isLessThan(0.12);
			}
		});
	}

	@Test
	void hasAboutTwoHundredFiftyEnterprises() {
		List<Map<String, String>> enterprises = rows("enterprises");
		assertThat(enterprises).hasSizeBetween(230, 270);
		assertThat(enterprises).extracting((enterprise) -> enterprise.get("name"))
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.endsWith("有限公司") || name.endsWith("有限责任公司"));
		assertThat(enterprises).extracting((enterprise) -> enterprise.get("industry"))
			.allMatch((industry) -> industry.matches("[A-Z]+(_[A-Z]+)*"))
			.containsOnly("AGRICULTURE", "FOOD", "BUILDING_MATERIALS", "LOGISTICS", "TOURISM",
					"MANUFACTURING", "E_COMMERCE", "CONSTRUCTION", "HEALTHCARE", "EDUCATION");
		Map<String, Long> ownership = count(enterprises, "ownership");
		assertThat(ownership.keySet()).isSubsetOf("PRIVATE", "STATE", "COLLECTIVE", "FOREIGN", "OTHER");
		assertThat(ownership.get("PRIVATE")).isGreaterThan(enterprises.size() / 2L);
		for (Map<String, String> enterprise : enterprises) {
			if (!enterprise.get("employees").isEmpty()) {
				assertThat(Integer.parseInt(enterprise.get("employees"))).isBetween(5, 2000);
			}
			if (!enterprise.get("latitude").isEmpty()) {
				assertThat(Double.parseDouble(enterprise.get("latitude"))).isBetween(34.3, 34.8);
				assertThat(Double.parseDouble(enterprise.get("longitude"))).isBetween(107.1, 107.7);
			}
			assertThat(enterprise.get("latitude").isEmpty()).isEqualTo(enterprise.get("longitude").isEmpty());
		}
	}

	@Test
	void leavesSomeEnterpriseFiguresUnknown() {
		List<Map<String, String>> enterprises = rows("enterprises");
		assertThat(enterprises).filteredOn((enterprise) -> enterprise.get("employees").isEmpty()).hasSizeBetween(1, 10);
		assertThat(enterprises).filteredOn((enterprise) -> enterprise.get("latitude").isEmpty()).hasSizeBetween(1, 10);
	}

	@Test
	void everyCreditCodeHasAValidCheckDigit() {
		List<String> codes = rows("enterprises").stream().map((enterprise) -> enterprise.get("credit_code")).toList();
		assertThat(codes).doesNotHaveDuplicates().allSatisfy((code) -> {
			assertThat(code).hasSize(18).startsWith("91610322");
			assertThat(CreditCode.isValid(code)).as(code).isTrue();
		});
	}

	@Test
	void staffsTheDistrictAndEveryTownWithLeaders() {
		List<Map<String, String>> leaders = rows("leaders");
		assertThat(leaders).extracting((leader) -> leader.get("id")).doesNotHaveDuplicates()
			.allMatch((id) -> id.matches("L\\d{5}"));
		assertThat(leaders).extracting((leader) -> leader.get("gender")).containsOnly("MALE", "FEMALE");
		assertThat(byRole(leaders, "STANDING_COMMITTEE")).hasSize(11)
			.allMatch((leader) -> leader.get("level").equals("DISTRICT") && leader.get("town_code").isEmpty());
		assertThat(byRole(leaders, "PARTY_GROUP")).hasSize(25)
			.allMatch((leader) -> leader.get("level").equals("DISTRICT") && leader.get("town_code").isEmpty());
		assertThat(byRole(leaders, "PARTY_COMMITTEE")).allMatch((leader) -> leader.get("level").equals("TOWN"));
		assertThat(count(byRole(leaders, "PARTY_COMMITTEE"), "town_code")).hasSize(12).allSatisfy(
				(town, members) -> assertThat(members).isEqualTo(5));
		Map<String, Long> villagesPerTown = count(rows("villages"), "town_code");
		List<Map<String, String>> branch = byRole(leaders, "BRANCH_COMMITTEE");
		assertThat(branch).allMatch((leader) -> leader.get("level").equals("VILLAGE"));
		count(branch, "town_code").forEach((town, members) -> assertThat(members)
			.isBetween(villagesPerTown.get(town) / 2, (villagesPerTown.get(town) + 1) / 2));
	}

	@Test
	void hasEightHundredSixtyFiveRepresentativesInAllElevenCategories() {
		List<Map<String, String>> representatives = rows("representatives");
		assertThat(representatives).extracting((representative) -> representative.get("id"))
			.containsExactlyElementsOf(ids("R%05d", 865));
		Map<String, Long> categories = count(representatives, "category");
		assertThat(categories.keySet()).isEqualTo(CATEGORIES);
		long largest = categories.values().stream().mapToLong(Long::longValue).max().orElseThrow();
		assertThat(categories.get("PRIVATE_ECONOMY")).isEqualTo(largest);
	}

	@Test
	void describesRepresentativesPlausibly() {
		List<Map<String, String>> representatives = rows("representatives");
		assertThat(representatives).extracting((representative) -> representative.get("phone"))
			.doesNotHaveDuplicates()
			.allMatch((phone) -> phone.matches("1[3589]\\d{9}"));
		Map<String, Long> levels = count(representatives, "level");
		assertThat(levels.keySet()).containsExactlyInAnyOrder("PROVINCIAL", "MUNICIPAL", "DISTRICT");
		assertThat(levels.get("PROVINCIAL")).isLessThan(levels.get("MUNICIPAL"));
		assertThat(levels.get("DISTRICT")).isGreaterThan(representatives.size() / 2L);
		for (Map<String, String> representative : representatives) {
			assertThat(Integer.parseInt(representative.get("birth_year"))).isBetween(1950, 2000);
			assertThat(representative.get("gender")).isIn("MALE", "FEMALE");
			assertThat(representative.get("ethnicity")).endsWith("族");
			if (representative.get("category").equals("ETHNIC_MINORITY")) {
				assertThat(representative.get("ethnicity")).isNotEqualTo("汉族");
			}
		}
		assertThat(count(representatives, "ethnicity").get("汉族")).isGreaterThan(representatives.size() * 8L / 10);
		assertThat(representatives).filteredOn((representative) -> representative.get("town_code").isEmpty())
			.hasSizeBetween(1, 20);
	}

	@Test
	void headsMostEnterprisesWithOneRepresentativeEach() {
		Map<String, String> enterpriseTowns = column("enterprises", "credit_code", "town_code");
		List<Map<String, String>> heads = rows("representatives").stream()
			.filter((representative) -> !representative.get("enterprise_credit_code").isEmpty())
			.toList();
		assertThat(heads).extracting((head) -> head.get("enterprise_credit_code")).doesNotHaveDuplicates();
		assertThat(heads).hasSizeBetween(enterpriseTowns.size() * 7 / 10, enterpriseTowns.size() * 9 / 10);
		assertThat(heads).allMatch((head) -> head.get("town_code")
			.equals(enterpriseTowns.get(head.get("enterprise_credit_code"))));
		List<Map<String, String>> privateEconomy = rows("representatives").stream()
			.filter((representative) -> representative.get("category").equals("PRIVATE_ECONOMY"))
			.toList();
		assertThat(privateEconomy).filteredOn((head) -> !head.get("enterprise_credit_code").isEmpty())
			.hasSizeGreaterThan(privateEconomy.size() * 6 / 10);
	}

	@Test
	void everyReferenceResolves() {
		Set<String> towns = column("towns", "code");
		Set<String> villages = column("villages", "code");
		Set<String> enterprises = column("enterprises", "credit_code");
		Set<String> leaders = column("leaders", "id");
		Set<String> representatives = column("representatives", "id");
		assertThat(column("villages", "town_code")).isSubsetOf(towns);
		assertThat(column("enterprises", "town_code")).isSubsetOf(towns);
		assertThat(nonEmpty(column("leaders", "town_code"))).isSubsetOf(towns);
		assertThat(nonEmpty(column("representatives", "town_code"))).isSubsetOf(towns);
		assertThat(nonEmpty(column("representatives", "enterprise_credit_code"))).isSubsetOf(enterprises);
		assertThat(column("friendships", "leader_id")).isSubsetOf(leaders);
		assertThat(column("friendships", "representative_id")).isSubsetOf(representatives);
		assertThat(column("pairings", "enterprise_credit_code")).isSubsetOf(enterprises);
		assertThat(column("pairings", "village_code")).isSubsetOf(villages);
		assertThat(column("projects", "enterprise_credit_code")).isSubsetOf(enterprises);
		assertThat(column("projects", "village_code")).isSubsetOf(villages);
	}

	/** The demo speaks the planning rules' industries, so that its suggestions earn industry-fit points. */
	@Test
	void givesEveryKindOfVillageEnterprisesOfFittingIndustries() {
		Set<String> industries = Set.copyOf(column("enterprises", "industry"));
		PlanningRules.defaults().industryFit().forEach((kind, fitting) -> assertThat(fitting).as(kind.name())
			.filteredOn(industries::contains)
			.hasSizeGreaterThanOrEqualTo(3));
	}

	@Test
	void givesEachLeaderFriendsUpToTheQuotaOfTheirRole() {
		List<Map<String, String>> friendships = rows("friendships");
		assertThat(friendships).extracting((friendship) -> friendship.get("leader_id") + "→"
				+ friendship.get("representative_id")).doesNotHaveDuplicates();
		Map<String, Long> friends = count(friendships, "leader_id");
		List<Map<String, String>> leaders = rows("leaders");
		int oneShort = 0;
		for (Map<String, String> leader : leaders) {
			long quota = FriendshipRules.defaults().quotaOf(LeaderRole.valueOf(leader.get("role")));
			long actual = friends.getOrDefault(leader.get("id"), 0L);
			assertThat(actual).as(leader.get("id")).isBetween(quota - 1, quota);
			oneShort += (actual < quota) ? 1 : 0;
		}
		assertThat(oneShort).isBetween(1, leaders.size() / 10);
	}

	@Test
	void letsTownLeadersBefriendMostlyPeopleOfTheirOwnTown() {
		Map<String, String> leaderTowns = column("leaders", "id", "town_code");
		Map<String, String> representativeTowns = column("representatives", "id", "town_code");
		List<Map<String, String>> local = rows("friendships").stream()
			.filter((friendship) -> !leaderTowns.get(friendship.get("leader_id")).isEmpty())
			.toList();
		assertThat(local).filteredOn((friendship) -> leaderTowns.get(friendship.get("leader_id"))
			.equals(representativeTowns.get(friendship.get("representative_id"))))
			.hasSizeGreaterThan(local.size() * 6 / 10);
	}

	@Test
	void keepsFriendshipDatesInOrder() {
		List<Map<String, String>> friendships = rows("friendships");
		for (Map<String, String> friendship : friendships) {
			LocalDate since = LocalDate.parse(friendship.get("since"));
			assertThat(since).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
			if (!friendship.get("last_contact").isEmpty()) {
				assertThat(LocalDate.parse(friendship.get("last_contact"))).isBetween(since, LEDGER_DATE);
			}
		}
		assertThat(friendships).filteredOn((friendship) -> friendship.get("last_contact").isEmpty())
			.hasSizeBetween(friendships.size() / 20, friendships.size() / 5);
	}

	@Test
	void leavesSomeRepresentativesWithoutFriends() {
		Map<String, Long> leadersPerRepresentative = count(rows("friendships"), "representative_id");
		assertThat(leadersPerRepresentative.size()).isLessThan(rows("representatives").size());
		assertThat(leadersPerRepresentative.values()).contains(2L);
	}

	@Test
	void leavesAFewVillagesUnpaired() {
		List<Map<String, String>> pairings = rows("pairings");
		Set<String> paired = pairings.stream().filter(DemoDistrictTests::isCurrent)
			.map((pairing) -> pairing.get("village_code"))
			.collect(Collectors.toSet());
		Set<String> everPaired = column("pairings", "village_code");
		List<Map<String, String>> unpaired = rows("villages").stream()
			.filter((village) -> !paired.contains(village.get("code")))
			.toList();
		assertThat(unpaired).hasSizeBetween(6, 10);
		assertThat(unpaired).filteredOn((village) -> !everPaired.contains(village.get("code")))
			.hasSizeBetween(3, 5)
			.allMatch((village) -> village.get("kind").equals("COMMUNITY"));
		assertThat(unpaired).filteredOn((village) -> everPaired.contains(village.get("code"))).hasSizeBetween(3, 5);
	}

	@Test
	void pairsEveryVillageEstablishedByTheReportDay() {
		Set<String> pairedOnReportDay = rows("pairings").stream()
			.filter((pairing) -> inForce(pairing.get("since"), pairing.get("until"), REPORT_DATE))
			.map((pairing) -> pairing.get("village_code"))
			.collect(Collectors.toSet());
		List<Map<String, String>> established = rows("villages").stream()
			.filter((village) -> village.get("established_on").isEmpty()
					|| !LocalDate.parse(village.get("established_on")).isAfter(REPORT_DATE))
			.toList();
		assertThat(established).hasSize(rows("villages").size() - 4)
			.allMatch((village) -> pairedOnReportDay.contains(village.get("code")));
		// the villages unpaired today: the four new communities, set up in 2026, and four whose pairing ended since
		assertThat(rows("villages")).filteredOn((village) -> !village.get("established_on").isEmpty()
				&& LocalDate.parse(village.get("established_on")).isAfter(REPORT_DATE))
			.hasSize(4)
			.allMatch((village) -> village.get("kind").equals("COMMUNITY")
					&& !column("pairings", "village_code").contains(village.get("code")));
		assertThat(rows("villages")).filteredOn((village) -> village.get("kind").equals("VILLAGE"))
			.allMatch((village) -> village.get("established_on").isEmpty());
	}

	@Test
	void countsEveryProjectOnTheReportDay() {
		assertThat(rows("projects")).filteredOn((project) -> !project.get("started").isEmpty())
			.allMatch((project) -> !LocalDate.parse(project.get("started")).isAfter(REPORT_DATE));
	}

	@Test
	void hasNinetyTwoMemberUnits() {
		List<Map<String, String>> units = rows("units");
		assertThat(units).hasSize(92);
		assertThat(units).extracting((unit) -> unit.get("code"))
			.doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("[A-Z0-9-]{2,20}") && !code.matches("\\d{9}"));
		assertThat(units).extracting((unit) -> unit.get("name")).doesNotHaveDuplicates();
		assertThat(count(units, "domain").keySet()).containsExactlyInAnyOrder("DEPARTMENT", "PARK", "ENTERPRISE",
				"SCHOOL", "HOSPITAL", "OTHER");
		assertThat(units).filteredOn((unit) -> unit.get("domain").equals("ENTERPRISE"))
			.isNotEmpty()
			.allMatch((unit) -> column("enterprises", "credit_code").contains(unit.get("credit_code")));
		assertThat(nonEmpty(column("units", "town_code"))).isSubsetOf(column("towns", "code"));
	}

	@Test
	void countsTwentyTwoThousandOneHundredSeventySixMembersOnTheReportDay() {
		Map<String, Map<String, String>> members = membersOn(REPORT_DATE);
		assertThat(members).hasSize(22_176);
		Map<String, Long> categories = count(List.copyOf(members.values()), "category");
		assertThat(categories.keySet()).isEqualTo(CATEGORIES);
		List<Long> sizes = categories.values().stream().sorted().toList();
		assertThat(categories.get("TAIWAN")).isEqualTo(sizes.get(0));
		assertThat(Set.of(categories.get("PRIVATE_ECONOMY"), categories.get("NEW_SOCIAL_STRATA")))
			.containsExactlyInAnyOrder(sizes.get(10), sizes.get(9));
		assertThat(count(List.copyOf(members.values()), "tier").keySet()).containsExactlyInAnyOrder("DISTRICT", "TOWN",
				"VILLAGE");
		// people joined and left around it, so today's ledger is another
		assertThat(membersOn(LEDGER_DATE).size()).isNotEqualTo(22_176);
		assertThat(rows("members").size()).isGreaterThan(22_176);
	}

	@Test
	void linksEveryRepresentativeToOneMember() {
		List<String> linked = rows("members").stream()
			.map((member) -> member.get("representative_id"))
			.filter((id) -> !id.isEmpty())
			.toList();
		assertThat(linked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(column("representatives", "id"));
		assertThat(rows("member-adjustments")).allMatch((member) -> member.get("representative_id").isEmpty());
		assertThat(membersOn(REPORT_DATE).values()).filteredOn((member) -> !member.get("representative_id").isEmpty())
			.hasSize(865);
	}

	@Test
	void keepsEveryMembersRowWithinTheLedgersRules() {
		Map<String, String> villageTowns = column("villages", "code", "town_code");
		Set<String> units = column("units", "code");
		for (String file : List.of("members", "member-adjustments")) {
			for (Map<String, String> member : rows(file)) {
				String tier = member.get("tier");
				assertThat(tier.equals("DISTRICT") || !member.get("town_code").isEmpty()).as(member.get("id")).isTrue();
				assertThat(member.get("village_code").isEmpty()).as(member.get("id")).isEqualTo(!tier.equals("VILLAGE"));
				if (!member.get("village_code").isEmpty()) {
					assertThat(villageTowns.get(member.get("village_code"))).isEqualTo(member.get("town_code"));
				}
				assertThat(member.get("unit_code").isEmpty() || units.contains(member.get("unit_code"))).isTrue();
				LocalDate joined = LocalDate.parse(member.get("joined_on"));
				for (String day : List.of("left_on", "changed_on")) {
					if (!member.get(day).isEmpty()) {
						assertThat(LocalDate.parse(member.get(day))).as(member.get("id")).isAfter(joined)
							.isBeforeOrEqualTo(LEDGER_DATE);
					}
				}
			}
		}
		assertThat(column("member-adjustments", "id")).isSubsetOf(column("members", "id"));
		assertThat(rows("member-adjustments")).allMatch((member) -> !member.get("changed_on").isEmpty());
		assertThat(rows("members")).allMatch((member) -> member.get("changed_on").isEmpty()
				&& member.get("left_on").isEmpty());
	}

	@Test
	void staffsEveryTownAndVillageOnTheReportDayAndLeavesGapsSince() {
		List<Map<String, String>> staff = rows("staff");
		assertThat(staff).extracting((person) -> person.get("id")).doesNotHaveDuplicates();
		assertThat(staff).extracting((person) -> person.get("post")).containsOnly("TOWN_COMMISSIONER",
				"VILLAGE_LIAISON");
		assertThat(postHolders(staff, "TOWN_COMMISSIONER", "town_code", REPORT_DATE)).isEqualTo(column("towns", "code"));
		Set<String> establishedVillages = rows("villages").stream()
			.filter((village) -> village.get("established_on").isEmpty()
					|| !LocalDate.parse(village.get("established_on")).isAfter(REPORT_DATE))
			.map((village) -> village.get("code"))
			.collect(Collectors.toSet());
		assertThat(postHolders(staff, "VILLAGE_LIAISON", "village_code", REPORT_DATE)).isEqualTo(establishedVillages);
		Set<String> withLiaisonToday = postHolders(staff, "VILLAGE_LIAISON", "village_code", TODAY);
		assertThat(column("villages", "code")).filteredOn((village) -> !withLiaisonToday.contains(village)).hasSize(4);
		assertThat(postHolders(staff, "TOWN_COMMISSIONER", "town_code", TODAY)).hasSize(12);
	}

	@Test
	void pairsMostVillagesWithAnEnterpriseOfTheirOwnTown() {
		Map<String, String> enterpriseTowns = column("enterprises", "credit_code", "town_code");
		Map<String, String> villageTowns = column("villages", "code", "town_code");
		List<Map<String, String>> pairings = rows("pairings");
		assertThat(pairings).filteredOn((pairing) -> enterpriseTowns.get(pairing.get("enterprise_credit_code"))
			.equals(villageTowns.get(pairing.get("village_code"))))
			.hasSizeGreaterThan(pairings.size() * 8 / 10);
		Map<String, Long> currentPerVillage = count(pairings.stream().filter(DemoDistrictTests::isCurrent).toList(),
				"village_code");
		assertThat(currentPerVillage.values()).filteredOn((current) -> current > 1)
			.hasSizeBetween(villageTowns.size() / 20, villageTowns.size() / 5);
		assertThat(pairings).filteredOn((pairing) -> isCurrent(pairing) && !pairing.get("until").isEmpty())
			.isNotEmpty();
	}

	@Test
	void pairsEachEnterpriseWithAtMostFourVillages() {
		List<Map<String, String>> pairings = rows("pairings");
		assertThat(pairings).extracting((pairing) -> pairing.get("enterprise_credit_code") + "→"
				+ pairing.get("village_code")).doesNotHaveDuplicates();
		Map<String, Long> villagesPerEnterprise = count(pairings, "enterprise_credit_code");
		assertThat(villagesPerEnterprise.values()).allMatch((villages) -> villages <= 4);
		assertThat(villagesPerEnterprise.values()).filteredOn((villages) -> villages == 4).hasSizeBetween(1, 10);
		assertThat(villagesPerEnterprise.size()).isLessThan(rows("enterprises").size());
	}

	@Test
	void keepsPairingDatesInOrder() {
		for (Map<String, String> pairing : rows("pairings")) {
			LocalDate since = LocalDate.parse(pairing.get("since"));
			assertThat(since).isBetween(LocalDate.of(2018, 1, 1), LocalDate.of(2025, 6, 30));
			if (!pairing.get("until").isEmpty()) {
				assertThat(LocalDate.parse(pairing.get("until"))).isAfter(since);
			}
		}
	}

	@Test
	void hasOneHundredEightyNineProjects() {
		List<Map<String, String>> projects = rows("projects");
		assertThat(projects).extracting((project) -> project.get("id")).containsExactlyElementsOf(ids("P%04d", 189));
		assertThat(projects).extracting((project) -> project.get("name"))
			.doesNotHaveDuplicates()
			.allMatch((name) -> name.endsWith("项目"));
		assertThat(count(projects, "status").keySet()).containsExactlyInAnyOrder("PLANNED", "IN_PROGRESS",
				"COMPLETED");
	}

	@Test
	void projectsLieInsidePairings() {
		Map<String, Map<String, String>> pairings = new HashMap<>();
		for (Map<String, String> pairing : rows("pairings")) {
			pairings.put(pairing.get("enterprise_credit_code") + "→" + pairing.get("village_code"), pairing);
		}
		List<Map<String, String>> projects = rows("projects");
		for (Map<String, String> project : projects) {
			Map<String, String> pairing = pairings
				.get(project.get("enterprise_credit_code") + "→" + project.get("village_code"));
			assertThat(pairing).as(project.get("id")).isNotNull();
			if (project.get("status").equals("PLANNED")) {
				assertThat(project.get("started")).as(project.get("id")).isEmpty();
				continue;
			}
			LocalDate started = LocalDate.parse(project.get("started"));
			LocalDate latest = pairing.get("until").isEmpty() ? LEDGER_DATE
					: min(LocalDate.parse(pairing.get("until")), LEDGER_DATE);
			assertThat(started).as(project.get("id")).isBetween(LocalDate.parse(pairing.get("since")), latest);
		}
		assertThat(projects).filteredOn((project) -> isCurrent(pairings
			.get(project.get("enterprise_credit_code") + "→" + project.get("village_code"))))
			.hasSizeGreaterThan(projects.size() * 8 / 10);
	}

	@Test
	void givesMostProjectsAnInvestment() {
		List<Map<String, String>> projects = rows("projects");
		List<String> investments = projects.stream()
			.map((project) -> project.get("investment_wan"))
			.filter((investment) -> !investment.isEmpty())
			.toList();
		assertThat(investments).hasSizeBetween(projects.size() - 10, projects.size() - 1);
		assertThat(investments).allSatisfy((investment) -> {
			assertThat(investment).matches("\\d+(\\.\\d)?");
			assertThat(Double.parseDouble(investment)).isBetween(10.0, 3000.0);
		});
		assertThat(investments).anyMatch((investment) -> investment.contains("."));
	}

	private static Map<String, Long> count(List<Map<String, String>> rows, String column) {
		return rows.stream().collect(Collectors.groupingBy((row) -> row.get(column), Collectors.counting()));
	}

	private static List<Map<String, String>> byRole(List<Map<String, String>> leaders, String role) {
		return leaders.stream().filter((leader) -> leader.get("role").equals(role)).toList();
	}

	private static Set<String> nonEmpty(Set<String> values) {
		Set<String> nonEmpty = new HashSet<>(values);
		nonEmpty.remove("");
		return nonEmpty;
	}

	private static List<String> ids(String format, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			ids.add(String.format(format, i));
		}
		return ids;
	}

	/** Each member's row in force on the day, from the joining rows and the adjustments: those in the ledger. */
	private static Map<String, Map<String, String>> membersOn(LocalDate day) {
		Map<String, Map<String, String>> members = new HashMap<>();
		for (Map<String, String> member : rows("members")) {
			members.put(member.get("id"), member);
		}
		for (Map<String, String> adjustment : rows("member-adjustments")) {
			if (!LocalDate.parse(adjustment.get("changed_on")).isAfter(day)) {
				members.put(adjustment.get("id"), adjustment);
			}
		}
		members.values().removeIf((member) -> LocalDate.parse(member.get("joined_on")).isAfter(day)
				|| (!member.get("left_on").isEmpty() && !LocalDate.parse(member.get("left_on")).isAfter(day)));
		return members;
	}

	private static Set<String> postHolders(List<Map<String, String>> staff, String post, String place, LocalDate day) {
		return staff.stream()
			.filter((person) -> person.get("post").equals(post) && inForce(person.get("since"), person.get("until"), day))
			.map((person) -> person.get(place))
			.collect(Collectors.toSet());
	}

	private static boolean inForce(String since, String until, LocalDate day) {
		return !LocalDate.parse(since).isAfter(day) && (until.isEmpty() || !LocalDate.parse(until).isBefore(day));
	}

	private static boolean isCurrent(Map<String, String> pairing) {
		return pairing.get("until").isEmpty() || !LocalDate.parse(pairing.get("until")).isBefore(TODAY);
	}

	private static double average(List<Map<String, String>> rows, String column) {
		return rows.stream().mapToDouble((row) -> Double.parseDouble(row.get(column))).average().orElseThrow();
	}

	private static LocalDate min(LocalDate first, LocalDate second) {
		return first.isBefore(second) ? first : second;
	}

}

package cn.tongxin.graph.workbench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.LedgerImport;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench in a real headless Chromium (Debian's, at /usr/bin/chromium; skipped where there is none) against
 * the running application: what the pages show is checked against what the API answers. Screenshots go to
 * {@code target/workbench/}.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/workbench");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	LedgerImport ledgerImport;

	@RegisterExtension
	final WorkbenchBrowser browser = new WorkbenchBrowser();

	TongxinHttp admin;

	/** The first town of the district, and a village of it: where the member ledger's own rows below are. */
	String town;

	String village;

	// One load for the class: its tests read the district and add only users, and what each test adds itself.
	@BeforeAll
	void demoDistrict() {
		TestGraph.demoDistrict(this.neo4j, this.ledgerImport);
		this.admin = new TongxinHttp(this.port);
		memberLedger();
	}

	/**
	 * A few members of the first town with ids and names of their own (whatever the demo holds): WB001, a
	 * representative with personal data, moved to another category on 2024-05-01; WB002 of the town tier; and 25 of
	 * the new social strata, more than a page. A commissioner and a liaison, and a new village with no liaison (a gap).
	 */
	private void memberLedger() {
		var towns = this.neo4j.query("""
				MATCH (t:Town)<-[:IN_TOWN]-(v:Village)
				RETURN t.code AS town, v.code AS village ORDER BY t.code, v.code LIMIT 1""").fetch().one().orElseThrow();
		this.town = (String) towns.get("town");
		this.village = (String) towns.get("village");
		ledger("villages", "code,name,town_code\n%s951,新建社区,%s\n".formatted(this.town, this.town));
		ledger("units", "code,name,domain,town_code\nWB-U1,台账中学,SCHOOL,%s\n".formatted(this.town));
		ledger("representatives", "id,name,category,level,town_code\nWB-R1,台账甲,PRIVATE_ECONOMY,DISTRICT,%s\n"
			.formatted(this.town));
		String header = "id,name,category,tier,town_code,village_code,unit_code,representative_id,joined_on,changed_on,"
				+ "phone,birth_year\n";
		var members = new StringBuilder(header);
		members.append("WB001,台账甲,PRIVATE_ECONOMY,VILLAGE,%s,%s,WB-U1,WB-R1,2020-01-01,,13800138000,1980\n"
			.formatted(this.town, this.village));
		members.append("WB002,台账乙,INTELLECTUAL,TOWN,%s,,,,2021-03-01,,,\n".formatted(this.town));
		for (int i = 100; i < 125; i++) {
			members.append("WB%d,台账丙%d,NEW_SOCIAL_STRATA,TOWN,%s,,,,2022-01-01,,,\n".formatted(i, i, this.town));
		}
		ledger("members", members.toString());
		ledger("members", header + "WB001,台账甲,NEW_SOCIAL_STRATA,VILLAGE,%s,%s,WB-U1,WB-R1,2020-01-01,2024-05-01,13800138000,1980\n"
			.formatted(this.town, this.village));
		ledger("staff", "id,name,post,town_code,village_code,since\nWB-S1,台账委员,TOWN_COMMISSIONER,%s,,2020-01-01\n"
			.formatted(this.town) + "WB-S2,台账联络员,VILLAGE_LIAISON,%s,%s,2020-01-01\n".formatted(this.town, this.village));
		// the work report's sites (the demo's core files have none): two stations of 2025, one of 2026, a point
		ledger("sites", """
				id,name,kind,level,domain,town_code,village_code,established_on
				WB-ST1,台账实践站一,PRACTICE_STATION,VILLAGE,VILLAGE,%1$s,%2$s,2025-03-01
				WB-ST2,台账实践站二,PRACTICE_STATION,TOWN,TOWN,%1$s,,2025-06-01
				WB-ST3,台账实践站三,PRACTICE_STATION,TOWN,TOWN,%1$s,,2026-02-01
				WB-SP1,台账示范点,SECRETARY_DEMONSTRATION_POINT,DISTRICT,OTHER,,,2024-01-01
				""".formatted(this.town, this.village));
	}

	private void ledger(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

	@Test
	void drawsAPersonsNetworkFoundBySearchAndExpandsANode() {
		var leader = this.neo4j.query("""
				MATCH (l:Leader)-[:BEFRIENDS]->(r:Representative)
				RETURN l.id AS id, l.name AS name, r.id AS friend ORDER BY l.id LIMIT 1""").fetch().one().orElseThrow();
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);

		page.fill("#search", (String) leader.get("id"));
		page.locator("#hits button").first().click();
		page.waitForSelector("#explorer[data-drawn=true]");
		int drawn = Integer.parseInt(page.locator("#explorer").getAttribute("data-nodes"));
		screenshot(page, "explorer.png");

		assertThat(drawn).isEqualTo(networkSize((String) leader.get("id"))).isGreaterThan(1);
		assertThat(page.locator("#legend").textContent()).as("named as NodeKind names them").contains("统战成员", "工作人员",
				"企业问题", "阵地");
		assertThat(page.locator("#types").textContent()).contains("参加活动", "阵地工作人员", "涉及企业", "结对交友");
		assertThat(page.url()).contains("id=" + leader.get("id"));

		// a block, not an expression: emit answers the node, and Playwright would copy the whole drawing it hangs
		// from back to the test (about 30 s)
		page.evaluate("id => { document.getElementById('explorer').cy.getElementById(id).emit('tap'); }", leader.get("friend"));
		page.click("#expand");
		page.waitForSelector("#explorer[data-drawn=true][data-expansions='1']");
		assertThat(page.url()).contains("open=" + leader.get("friend"));
		assertThat(Integer.parseInt(page.locator("#explorer").getAttribute("data-nodes"))).isGreaterThanOrEqualTo(drawn);

		int expanded = Integer.parseInt(page.locator("#explorer").getAttribute("data-nodes"));
		Page colleague = signIn("admin", GraphTest.ADMIN_PASSWORD);
		colleague.navigate(page.url());
		colleague.waitForSelector("#explorer[data-drawn=true]");
		assertThat(colleague.locator("#explorer").getAttribute("data-nodes")).as("the same link, the same drawing")
			.isEqualTo(String.valueOf(expanded));

		page.click("#undo");
		page.waitForSelector("#explorer[data-drawn=true][data-expansions='0']");
		assertThat(Integer.parseInt(page.locator("#explorer").getAttribute("data-nodes"))).isEqualTo(drawn);
	}

	@Test
	void saysWhenTheServerCutANetworkShort() {
		String busiest = this.neo4j.query("MATCH (t:Town) RETURN t.code AS code ORDER BY COUNT { (t)<-[:IN_TOWN]-() } DESC LIMIT 1")
			.fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString()).one().orElseThrow();
		boolean truncated = this.admin.graphQl()
			.document("query($id: ID!) { network(id: $id, depth: 2, limit: 200) { truncated } }")
			.variable("id", busiest)
			.executeSync()
			.field("network.truncated")
			.toEntity(Boolean.class);
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);

		page.navigate("http://127.0.0.1:" + this.port + "/explore?id=" + busiest);
		page.waitForSelector("#explorer[data-drawn=true]");

		assertThat(truncated).isTrue();
		assertThat(page.locator("#truncated").isVisible()).isTrue();
		page.uncheck("#types input[value=IN_TOWN]");
		page.waitForSelector("#explorer[data-drawn=true]");
		assertThat(java.net.URLDecoder.decode(page.url(), StandardCharsets.UTF_8)).contains("types=BEFRIENDS,RUNS,PAIRED_WITH");
	}

	@Test
	void connectsTwoPeopleAndListsTheSentences() {
		var pair = this.neo4j.query("""
				MATCH (l:Leader)-[:BEFRIENDS]->(:Representative)-[:RUNS]->(:Enterprise)-[p:PAIRED_WITH]->(v:Village)
				WHERE p.until IS NULL
				RETURN l.id AS from, v.code AS to, v.name AS name ORDER BY l.id, v.code LIMIT 1""").fetch().one().orElseThrow();
		var paths = this.admin.graphQl()
			.document("query($f: ID!, $t: ID!) { connection(fromId: $f, toId: $t) { steps { sentence } } }")
			.variable("f", pair.get("from"))
			.variable("t", pair.get("to"))
			.executeSync();
		List<String> sentences = values(paths, "connection[*].steps[*].sentence");
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/explore?id=" + pair.get("from"));
		page.waitForSelector("#explorer[data-drawn=true]");

		page.fill("#connect", (String) pair.get("to"));
		page.locator("#connect-hits button").first().click();
		page.waitForSelector("#explorer[data-connected]");
		screenshot(page, "connection.png");

		assertThat(page.locator("#steps li").allTextContents()).containsExactlyInAnyOrderElementsOf(
				sentences.stream().distinct().toList());
		assertThat(sentences).isNotEmpty();
	}

	@Test
	void showsTheDistrictsCoverageWithTheTownsFurthestBehindFirst() {
		var coverage = this.admin.graphQl()
			.document("{ coverage { villages pairedVillages byTown { town { code name } ratio } } }")
			.executeSync();
		List<Map<String, Object>> towns = values(coverage, "coverage.byTown");
		String worst = towns.stream()
			.min(Comparator.comparingDouble((Map<String, Object> town) -> ((Number) town.get("ratio")).doubleValue())
				.thenComparing(town -> (String) ((Map<?, ?>) town.get("town")).get("code")))
			.map(town -> (String) ((Map<?, ?>) town.get("town")).get("name"))
			.orElseThrow();

		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/coverage");
		page.waitForSelector("#coverage[data-loaded=true]");
		screenshot(page, "coverage.png");

		assertThat(page.locator("#villages").textContent())
			.isEqualTo(String.valueOf(coverage.field("coverage.villages").toEntity(Integer.class)));
		assertThat(page.locator("#paired").textContent())
			.isEqualTo(String.valueOf(coverage.field("coverage.pairedVillages").toEntity(Integer.class)));
		assertThat(page.locator("#towns li").count()).isEqualTo(towns.size());
		assertThat(page.locator("#towns li .bar-name").first().textContent()).isEqualTo(worst);
		assertThat(page.locator("#trend circle").count()).isEqualTo(12);
		assertThat(page.locator("#trend circle title").last().textContent())
			.startsWith(GraphTestConfiguration.TODAY.toString());
	}

	/**
	 * The browser's clock is not the district's: a laptop a month ahead, on the last or first day of a month, or at
	 * 23:30 UTC (already tomorrow in Shanghai) still draws twelve months ending on the service's today.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2027-01-31T23:30:00Z", "2026-12-01T00:10:00+08:00", "2026-03-31T12:00:00Z" })
	void drawsTheTrendForTheDistrictsTodayWhateverTheBrowsersClockSays(String browserNow) {
		long now = OffsetDateTime.parse(browserNow).toInstant().toEpochMilli();
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.clock().setFixedTime(now);
		page.navigate("http://127.0.0.1:" + this.port + "/coverage");
		page.waitForSelector("#coverage[data-loaded=true]");

		assertThat(((Number) page.evaluate("Date.now()")).longValue()).as("the browser's own clock").isEqualTo(now);
		assertThat(page.locator("#trend circle").count()).isEqualTo(12);
		assertThat(page.locator("#trend circle title").last().textContent())
			.startsWith(GraphTestConfiguration.TODAY.toString());
	}

	@Test
	void opensATownsUnpairedVillagesFromItsBar() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/coverage");
		page.waitForSelector("#coverage[data-loaded=true]");
		String town = page.locator("#towns li .bar-name").first().textContent();

		page.locator("#towns li a").first().click();
		page.waitForSelector("#town[data-loaded=true]");
		screenshot(page, "town.png");

		String code = page.locator("#town").getAttribute("data-town");
		var unpaired = this.admin.graphQl()
			.document("query($town: ID!) { unpairedVillages(townCode: $town, first: 50) { edges { node { code } } } }")
			.variable("town", code)
			.executeSync();
		assertThat(page.locator("#town-name").textContent()).isEqualTo(town);
		assertThat(page.locator("#villages tbody tr td:first-child").allTextContents())
			.containsExactlyElementsOf(values(unpaired, "unpairedVillages.edges[*].node.code"));
	}

	@Test
	void showsAViewerOnlyTheirOwnTown() {
		String town = values(this.admin.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code").get(0)
			.toString();
		this.admin.createUser("town.viewer", "VIEWER", false, List.of(town));

		Page page = signIn("town.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/coverage");
		page.waitForSelector("#coverage[data-loaded=true]");

		assertThat(page.locator("#towns li").count()).isEqualTo(1);
		assertThat(page.locator("header .who span").textContent()).isEqualTo("town.viewer（查看）");
	}

	@Test
	void pairsAVillageFromTheWorksheetAndTheFiguresFollow() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/planning");
		page.waitForSelector("#planning[data-loaded=true]");
		String town = page.locator("#town").inputValue();
		int paired = pairedVillages(town);
		int rows = worksheetRows(town);
		screenshot(page, "planning.png");
		assertThat(page.locator("section.village").count()).isEqualTo(rows).isPositive();
		assertThat(page.locator("#worksheet-xlsx").getAttribute("href")).contains("townCode=" + town);

		page.onDialog(dialog -> dialog.accept());
		page.locator("button.pair").first().click();
		page.waitForSelector("#planning[data-loaded=true]");

		assertThat(pairedVillages(town)).isEqualTo(paired + 1);
		assertThat(page.locator("section.village").count()).isEqualTo(rows - 1);
		assertThat(page.locator("#summary").textContent()).contains("已结对 " + (paired + 1));
	}

	@Test
	void showsAViewerTheWorksheetWithoutPairing() {
		this.admin.createUser("plan.viewer", "VIEWER", false, List.of());

		Page page = signIn("plan.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/planning");
		page.waitForSelector("#planning[data-loaded=true]");

		assertThat(page.locator("section.village").count()).isPositive();
		assertThat(page.locator("button.pair").count()).isZero();
		// and a viewer who sends the pairing anyway, from the page's own session, is refused by the server
		String village = page.locator("section.village").first().getAttribute("data-village");
		Object refusal = page.evaluate("""
				village => import('/workbench/graphql.js').then(({ graphQl }) => graphQl('mutation($v: ID!) { pairVillage(villageCode: $v, creditCode: "91610322022725555J", since: "2026-11-25") { problems { message } } }', { v: village }))
				  .then(() => 'accepted', error => error.message)""", village);
		assertThat(refusal).isEqualTo("您的账号无权进行此操作");
		assertThat(worksheetRows(page.locator("#town").inputValue())).isEqualTo(page.locator("section.village").count());
	}

	@Test
	void listsFriendshipHealthAndRecordsAContactInTwoClicks() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/health");
		for (String list : List.of("overdue", "below", "unbefriended")) {
			page.waitForSelector("section[data-list=" + list + "][data-loaded=true]");
		}
		screenshot(page, "health.png");
		int overdue = total("overdueFriendships", "");
		assertThat(page.locator("section[data-list=overdue] .total").textContent()).isEqualTo("共 " + overdue + " 个");
		assertThat(page.locator("section[data-list=unbefriended] .total").textContent())
			.isEqualTo("共 " + total("unbefriendedRepresentatives", "") + " 个");

		page.selectOption("#role", "PARTY_GROUP");
		page.waitForSelector("section[data-list=below][data-loaded=true]");
		assertThat(page.locator("section[data-list=below] .total").textContent())
			.isEqualTo("共 " + total("leadersBelowQuota", "role: PARTY_GROUP") + " 个");

		page.locator("section[data-list=overdue] button.record").first().click();
		// the kinds of contact are named by the server's enum, not by a copy in the script
		assertThat(page.locator("section[data-list=overdue] select.contact-kind").first().locator("option").allTextContents())
			.containsExactly("走访", "谈心谈话", "座谈会议", "电话联系", "活动");
		page.locator("section[data-list=overdue] button.save").first().click();
		page.waitForSelector("section[data-list=overdue][data-loaded=true] .total:text('共 " + (overdue - 1) + " 个')");

		assertThat(total("overdueFriendships", "")).isEqualTo(overdue - 1);
	}

	@Test
	void showsAViewerFriendshipHealthWithoutRecording() {
		this.admin.createUser("health.viewer", "VIEWER", false, List.of());

		Page page = signIn("health.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/health");
		page.waitForSelector("section[data-list=overdue][data-loaded=true]");

		assertThat(page.locator("section[data-list=overdue] tbody tr").count()).isPositive();
		assertThat(page.locator("button.record").count()).isZero();
	}

	@Test
	void runsAQueryInTheConsoleFromTheJar() {
		int villages = this.admin.graphQl().document("{ coverage { villages } }").executeSync()
			.field("coverage.villages").toEntity(Integer.class);
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		var outside = new java.util.ArrayList<String>();
		page.onRequest(request -> {
			if (!request.url().startsWith("http://127.0.0.1:" + this.port) && !request.url().startsWith("data:")) {
				outside.add(request.url());
			}
		});
		page.navigate("http://127.0.0.1:" + this.port + "/console");
		page.waitForSelector(".graphiql-execute-button");

		page.click(".graphiql-execute-button");
		// a locator, not a function: the page's Content-Security-Policy forbids evaluating strings
		page.locator(".graphiql-response").filter(new Locator.FilterOptions().setHasText("\"villages\": " + villages)).waitFor();
		screenshot(page, "console.png");

		assertThat(page.locator(".graphiql-response").textContent()).doesNotContain("errors");
		assertThat(outside).as("requests to anything but the service").isEmpty();
	}

	@Test
	void checksALedgerBeforeImportingIt() {
		String town = values(this.admin.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code").get(0)
			.toString();
		String csv = "code,name,town_code\n%s901,新建村,%s\n%s902,无镇村,999999999\n".formatted(town, town, town);
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/import");

		page.selectOption("#kind", "villages");
		page.setInputFiles("#file", new FilePayload("villages.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.click("#check");
		page.waitForSelector("#import[data-report=checked]");
		screenshot(page, "import-checked.png");

		assertThat(page.locator("#counts").textContent()).startsWith("将新增 1 条").contains("有问题 1 行");
		assertThat(page.locator("#rejected tbody tr td").allTextContents())
			.containsExactly("3", "town_code 999999999：没有这个镇，请先导入 towns 台账");
		assertThat(village(town + "901")).as("nothing written by the check").isNull();

		page.onDialog(dialog -> dialog.accept());
		page.click("#commit");
		page.waitForSelector("#import[data-report=imported]");

		assertThat(page.locator("#report-title").textContent()).isEqualTo("已导入");
		assertThat(village(town + "901")).isEqualTo("新建村");
	}

	@Test
	void offersAViewerNoImport() {
		this.admin.createUser("import.viewer", "VIEWER", false, List.of());

		Page page = signIn("import.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/import");

		assertThat(page.locator("#read-only").isVisible()).isTrue();
		assertThat(page.locator("#ledger").count()).isZero();
		assertThat(page.locator("header nav a").allTextContents()).doesNotContain("导入台账");
	}

	@Test
	void listsTheMemberLedgerWithFiltersPagingAndAMembersHistory() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/members");
		page.waitForSelector("#members[data-loaded=true]");
		assertThat(page.locator("#total").textContent()).isEqualTo(String.valueOf(members("{}")));

		page.selectOption("#filters [name=townCode]", this.town);
		page.waitForSelector("#members[data-loaded=true]");
		page.selectOption("#filters [name=category]", "NEW_SOCIAL_STRATA");
		page.waitForSelector("#members[data-loaded=true] #list tbody tr >> nth=0");
		int strata = members("{townCode: \"%s\", category: NEW_SOCIAL_STRATA}".formatted(this.town));
		page.waitForSelector("#total:text-is('" + strata + "')");
		screenshot(page, "members.png");
		assertThat(strata).isGreaterThan(20);
		assertThat(page.locator("#list tbody tr").count()).isEqualTo(20);
		assertThat(page.locator("#list tbody tr td:nth-child(3)").allTextContents()).containsOnly("新的社会阶层人士");
		assertThat(page.locator("#roster-xlsx").getAttribute("href"))
			.isEqualTo("/api/export/members?category=NEW_SOCIAL_STRATA&townCode=" + this.town + "&format=xlsx");
		page.click("#next");
		page.waitForSelector("#members[data-loaded=true]");
		assertThat(page.locator("#list tbody tr").count()).isEqualTo(Math.min(20, strata - 20));
		assertThat(page.locator("#first").isVisible()).isTrue();

		// the filters come in the address too, and a name is found as it is typed
		page.navigate("http://127.0.0.1:" + this.port + "/members?townCode=" + this.town);
		page.waitForSelector("#members[data-loaded=true]");
		page.fill("#filters [name=name]", "台账甲");
		page.waitForSelector("#total:text-is('1')");
		page.locator("#list tbody tr a.open").first().click();
		page.waitForSelector("#card[data-loaded=true]");
		screenshot(page, "member-card.png");

		var changes = this.admin.graphQl().document("{ member(id: \"WB001\") { changes { on field } } }").executeSync();
		assertThat(page.locator("#card-name").textContent()).isEqualTo("台账甲");
		assertThat(page.locator("#changes tbody tr").count()).isEqualTo(values(changes, "member.changes").size());
		assertThat(page.locator("#changes tbody tr").first().locator("td").allTextContents())
			.containsExactly("2024-05-01", "类别", "非公有制经济人士", "新的社会阶层人士");
		assertThat(page.url()).contains("member=WB001");
		var roster = page.waitForDownload(() -> page.click("#roster-xlsx"));
		assertThat(roster.suggestedFilename()).contains(this.town + "-" + GraphTestConfiguration.TODAY).endsWith(".xlsx");
	}

	@Test
	void adjustsAMemberAndNamesTheFieldOfARefusal() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/members?member=WB002");
		page.waitForSelector("#card[data-loaded=true]");
		assertThat(page.locator("#adjust [name=on]").inputValue()).isEqualTo(GraphTestConfiguration.TODAY.toString());

		// the village tier without a village: refused, and the village's field is the one marked
		page.selectOption("#adjust [name=tier]", "VILLAGE");
		page.click("#save");
		page.waitForSelector("#adjust[data-state=refused]");
		screenshot(page, "member-refused.png");
		assertThat(page.locator("#adjust-problems li").count()).isEqualTo(1);
		assertThat(page.locator("#adjust-problems li").getAttribute("data-field")).isEqualTo("villageCode");
		assertThat(page.locator("#adjust-problems li").textContent()).startsWith("村（社区）：");
		assertThat(page.locator("#adjust [name=villageCode]").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(memberTier("WB002")).isEqualTo("TOWN");

		page.selectOption("#adjust [name=villageCode]", this.village);
		page.fill("#adjust [name=on]", "2025-06-01");
		page.click("#save");
		page.waitForSelector("#adjust[data-state=saved]");

		assertThat(memberTier("WB002")).isEqualTo("VILLAGE");
		assertThat(page.locator("#adjust-problems").isVisible()).isFalse();
		assertThat(page.locator("#changes tbody tr").first().locator("td").allTextContents())
			.containsExactly("2025-06-01", "分级", "镇管", "村（社区）管");
	}

	@Test
	void showsAViewerTheLedgerMaskedAndNoAdjustment() {
		this.admin.createUser("ledger.viewer", "VIEWER", false, List.of());

		Page page = signIn("ledger.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/members?member=WB001");
		page.waitForSelector("#card[data-loaded=true]");

		assertThat(page.locator("#card-details").textContent()).contains("138******00").contains("19**")
			.doesNotContain("13800138000");
		assertThat(page.locator("#adjust").count()).isZero();
		assertThat(page.locator("#read-only").isVisible()).isTrue();
	}

	@Test
	void showsMembersAndStaffOnTheDashboardWithLinksToTheGaps() {
		var summary = this.admin.graphQl().document("""
				{ workReport { members membersByCategory { category members } }
				  staffCoverage { town { code } } }""").executeSync();
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate("http://127.0.0.1:" + this.port + "/coverage");
		page.waitForSelector("#ledger[data-loaded=true]");
		screenshot(page, "coverage-ledger.png");

		assertThat(page.locator("#members-total").textContent())
			.isEqualTo(String.valueOf((Object) TongxinHttp.value(summary, "workReport.members")));
		List<Map<String, Object>> byCategory = values(summary, "workReport.membersByCategory");
		assertThat(page.locator("#by-category li .bar-figure").allTextContents())
			.containsExactlyElementsOf(byCategory.stream().map(each -> each.get("members") + " 人").toList())
			.hasSize(11);
		assertThat(page.locator("#staff-by-town tbody tr").count()).isEqualTo(values(summary, "staffCoverage").size());
		assertThat(page.locator("#staff-by-town tr[data-town='" + this.town + "'] td").nth(1).textContent())
			.contains("台账委员");

		String strata = page.locator("#by-category a[data-category=NEW_SOCIAL_STRATA] .bar-figure").textContent();

		page.locator("#staff-by-town tr[data-town='" + this.town + "'] a").click();
		page.waitForSelector("#staffing[data-loaded=true]");
		var gaps = this.admin.graphQl()
			.document("query($t: ID) { villagesWithoutLiaison(townCode: $t, first: 50) { edges { node { code } } } }")
			.variable("t", this.town)
			.executeSync();
		assertThat(page.locator("#gaps tbody td:first-child").allTextContents())
			.containsExactlyElementsOf(values(gaps, "villagesWithoutLiaison.edges[*].node.code"))
			.contains(this.town + "951")
			.doesNotContain(this.village);

		page.goBack();
		page.waitForSelector("#ledger[data-loaded=true]");
		page.click("#by-category a[data-category=NEW_SOCIAL_STRATA]");
		page.waitForSelector("#members[data-loaded=true]");
		assertThat(page.locator("#total").textContent() + " 人").as("the ledger so filtered, on the same day")
			.isEqualTo(strata);
		assertThat(page.locator("#filters [name=asOf]").inputValue()).isEqualTo(GraphTestConfiguration.TODAY.toString());
	}

	/**
	 * The work report of 2025 (the last full year before the tests' today, the page's default): a sentence with the
	 * API's figure, a figure's link to the list behind it, a print stylesheet that leaves out the navigation and the
	 * form, and downloads of the same period.
	 */
	@Test
	void showsTheWorkReportAsSentencesWithTheListsBehindThemAndPrintsIt() {
		var report = this.admin.graphQl().document("""
				{ workReport(from: "2025-01-01", to: "2025-12-31") { members sitesByKind { kind sites } } }""").executeSync();
		List<Map<String, Object>> sites = values(report, "workReport.sitesByKind");
		Map<String, Object> points = sites.stream()
			.filter(each -> each.get("kind").equals("SECRETARY_DEMONSTRATION_POINT"))
			.findFirst()
			.orElseThrow();
		int stations = sites.stream()
			.filter(each -> each.get("kind").equals("PRACTICE_STATION"))
			.mapToInt(each -> ((Number) each.get("sites")).intValue())
			.sum();
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);

		page.navigate("http://127.0.0.1:" + this.port + "/report");
		page.waitForSelector("#report[data-loaded=true]");
		screenshot(page, "report.png");

		assertThat(page.locator("#title").textContent()).isEqualTo("全区统一战线工作报告（2025-01-01至2025-12-31）");
		assertThat(page.locator("li[data-figure=sites-SECRETARY_DEMONSTRATION_POINT]").textContent())
			.isEqualTo("建立各级书记统战示范点" + points.get("sites") + "个");
		assertThat(page.locator("li[data-figure=members]").textContent())
			.startsWith("全区共有统战成员" + TongxinHttp.value(report, "workReport.members") + "人");
		assertThat(page.locator("#download-xlsx").getAttribute("href"))
			.isEqualTo("/api/export/work-report?from=2025-01-01&to=2025-12-31&format=xlsx");
		assertThat(page.locator("a[data-figure=category-RELIGIOUS]").getAttribute("href"))
			.isEqualTo("/members?asOf=2025-12-31&category=RELIGIOUS");
		assertThat((Boolean) page.evaluate("""
				() => [...document.styleSheets].some(sheet => [...sheet.cssRules].some(rule =>
				  rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')))""")).isTrue();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("header.top").isVisible()).isFalse();
		assertThat(page.locator("#choose").isVisible()).isFalse();
		assertThat(page.locator("#title").isVisible()).isTrue();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

		page.click("a[data-figure=sites-PRACTICE_STATION]");
		page.waitForSelector("#list[data-loaded=true]");
		assertThat(page.url()).contains("from=2025-01-01&to=2025-12-31&list=sites&kind=PRACTICE_STATION");
		while (page.locator("#list-more").isVisible()) {
			page.click("#list-more");
		}
		assertThat(page.locator("#list-table tbody tr").count()).isEqualTo(stations).isGreaterThanOrEqualTo(2);
		assertThat(page.locator("#list-table tbody").textContent()).as("established in 2026: not in 2025's report")
			.contains("台账实践站二")
			.doesNotContain("台账实践站三");
		assertThat(page.locator("#list-caption").textContent()).doesNotContain("不同");
	}

	@Test
	void showsATownsViewerTheirTownsReportAndNotAnothers() {
		String other = this.neo4j.query("MATCH (t:Town) WHERE t.code <> $town RETURN t.code AS code ORDER BY t.code LIMIT 1")
			.bind(this.town).to("town")
			.fetchAs(String.class).mappedBy((types, row) -> row.get("code").asString()).one().orElseThrow();
		this.admin.createUser("report.viewer", "VIEWER", false, List.of(this.town));
		Page page = signIn("report.viewer", TongxinHttp.USER_PASSWORD);

		page.navigate("http://127.0.0.1:" + this.port + "/report?from=2025-01-01&to=2025-12-31&town=" + this.town);
		page.waitForSelector("#report[data-loaded=true]");
		assertThat(page.locator("#town option").count()).isEqualTo(2);
		assertThat(page.locator("li[data-figure=meetings]").textContent()).isEqualTo("召开区委常委会、领导小组会议0次");

		page.navigate("http://127.0.0.1:" + this.port + "/report?from=2025-01-01&to=2025-12-31&town=" + other);
		page.waitForSelector("#problem:not([hidden])");
		assertThat(page.locator("#figures li").count()).isZero();
		assertThat(page.request().get("http://127.0.0.1:" + this.port + "/api/export/work-report?to=2025-12-31&townCode="
				+ other).status()).isEqualTo(400);
	}

	@Test
	void saysInChineseWhenThePasswordIsWrong() {
		Page page = signIn("admin", "not-the-password");

		assertThat(page.url()).endsWith("/login?error");
		assertThat(page.locator(".problem").textContent()).contains("用户名或密码不对");
		screenshot(page, "login-refused.png");
	}

	private Page signIn(String username, String password) {
		return this.browser.signIn("http://127.0.0.1:" + this.port, username, password);
	}

	/** How many members match the filter (GraphQL's input syntax), as the API counts them. */
	private int members(String filter) {
		return this.admin.graphQl().document("{ members(filter: %s) { totalCount } }".formatted(filter))
			.executeSync()
			.field("members.totalCount")
			.toEntity(Integer.class);
	}

	private String memberTier(String id) {
		return this.admin.graphQl().document("query($id: ID!) { member(id: $id) { tier } }")
			.variable("id", id)
			.executeSync()
			.field("member.tier")
			.toEntity(String.class);
	}

	private int pairedVillages(String town) {
		return this.admin.graphQl().document("query($t: ID!) { coverage(townCode: $t) { pairedVillages } }")
			.variable("t", town)
			.executeSync()
			.field("coverage.pairedVillages")
			.toEntity(Integer.class);
	}

	private int worksheetRows(String town) {
		return values(this.admin.graphQl().document("query($t: ID!) { planningWorksheet(townCode: $t) { village { code } } }")
			.variable("t", town)
			.executeSync(), "planningWorksheet").size();
	}

	private int networkSize(String id) {
		return values(this.admin.graphQl()
			.document("query($id: ID!) { network(id: $id, depth: 2, limit: 200) { nodes { id } } }")
			.variable("id", id)
			.executeSync(), "network.nodes").size();
	}

	/** A friendship-health list's totalCount as the API answers it, with these arguments. */
	private int total(String list, String arguments) {
		return this.admin.graphQl()
			.document("{ list: %s%s { totalCount } }".formatted(list, arguments.isEmpty() ? "" : "(" + arguments + ")"))
			.executeSync()
			.field("list.totalCount")
			.toEntity(Integer.class);
	}

	/** A village's name as the API has it, or null. */
	private String village(String code) {
		var village = this.admin.graphQl().document("query($code: ID!) { village(code: $code) { name } }")
			.variable("code", code)
			.executeSync();
		return village.field("village").getValue() == null ? null : village.field("village.name").toEntity(String.class);
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

}

package cn.tongxin.graph.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sites over GraphQL: a site with its places, 六有, staff, activities and participants; pages of sites by their
 * filters; town scope; one statement per field whatever the page size.
 */
@GraphTest
class SiteReadTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String VILLAGE_A = "610322100001";

	static final String ENTERPRISE = "91610322022725555J";

	static final String SITES = "id,name,kind,level,domain,town_code,village_code,credit_code,unit_code,established_on,"
			+ "standards,rules,latitude,longitude\n";

	static final String PAGE = """
			query($filter: SiteFilter, $first: Int, $after: String) {
			  sites(filter: $filter, first: $first, after: $after) {
			    totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void sitesInTwoTownsAndTheDistrict() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n".formatted(VILLAGE_A, A));
		ok("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, A));
		ok("units", "code,name,domain,town_code\nJZ,甲镇中学,SCHOOL,%s\n".formatted(A));
		ok("members", """
				id,name,category,tier,town_code,joined_on,phone
				M1,王芳,INTELLECTUAL,TOWN,%s,2020-01-01,13800138000
				M2,李强,INTELLECTUAL,TOWN,%s,2020-01-01,
				M3,赵敏,INTELLECTUAL,TOWN,%s,2020-01-01,
				""".formatted(A, A, B));
		ok("staff", """
				id,name,post,town_code,site_id,full_time,since,phone
				C2,钱工作,SITE_STAFF,%s,S1,false,2024-01-01,
				C1,孙工作,SITE_STAFF,%s,S1,true,2024-01-01,13900139000
				C3,周工作,SITE_STAFF,%s,S3,false,2024-01-01,
				""".formatted(A, A, B));
		ok("sites", SITES + """
				S1,甲一村同心实践站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,%s,%s,JZ,2024-01-01,RULES|PLACE,3,34.5,108.9
				S2,甲镇书记示范点,SECRETARY_DEMONSTRATION_POINT,TOWN,TOWN,%s,,,,2023-01-01,PLACE|FACILITIES|RULES|MATERIALS|ACTIVITIES|RECORDS,5,,
				S3,乙镇同心实践站,PRACTICE_STATION,TOWN,TOWN,%s,,,,2024-01-01,,,,
				S4,区同心实践中心,PRACTICE_CENTRE,DISTRICT,OTHER,,,,,2022-01-01,PLACE,,,
				""".formatted(A, VILLAGE_A, ENTERPRISE, A, B));
		ok("site_activities", """
				site_id,date,title,participants,member_ids
				S1,2024-03-01,同心讲堂,40,M1|M2
				S1,2024-05-01,议事会|第一次,12,M2|M3
				S1,2024-05-01,座谈会,,
				S2,2024-02-01,揭牌仪式,,M1
				""");
	}

	@Test
	void answerASiteWithItsPlacesStandardsStaffActivitiesAndParticipants() {
		ClientGraphQlResponse site = this.admin.graphQl().document("""
				{ site(id: "S1") { name kind level domain town { code } village { code } enterprise { creditCode }
				    unit { code } establishedOn standards missingStandards rules latitude longitude
				    staff { id fullTime phone }
				    activities(first: 2) { totalCount edges { node { date title participants memberCount site { id } } }
				      pageInfo { hasNextPage endCursor } }
				    participants { totalCount edges { node { id phone } } } } }""").executeSync();

		assertThat(List.<Object>of(value(site, "site.kind"), value(site, "site.level"), value(site, "site.town.code"),
				value(site, "site.village.code"), value(site, "site.enterprise.creditCode"), value(site, "site.unit.code"),
				value(site, "site.establishedOn"), value(site, "site.rules"), value(site, "site.latitude"),
				value(site, "site.longitude")))
			.containsExactly("PRACTICE_STATION", "VILLAGE", A, VILLAGE_A, ENTERPRISE, "JZ", "2024-01-01", 3, 34.5, 108.9);
		assertThat(values(site, "site.standards")).containsExactly("PLACE", "RULES");
		assertThat(values(site, "site.missingStandards")).containsExactly("FACILITIES", "MATERIALS", "ACTIVITIES",
				"RECORDS");
		assertThat(values(site, "site.staff[*].id")).containsExactly("C1", "C2");
		assertThat(values(site, "site.activities.edges[*].node.title")).containsExactly("座谈会", "议事会|第一次");
		assertThat(values(site, "site.activities.edges[*].node.memberCount")).containsExactly(0, 2);
		assertThat(List.<Object>of(value(site, "site.activities.totalCount"),
				value(site, "site.activities.pageInfo.hasNextPage"), value(site, "site.participants.totalCount")))
			.containsExactly(3, true, 3);
		assertThat(values(site, "site.participants.edges[*].node.id")).containsExactly("M1", "M2", "M3");

		ClientGraphQlResponse next = this.admin.graphQl()
			.document("""
					query($after: String) { site(id: "S1") { activities(first: 2, after: $after) {
					  edges { node { date title } } pageInfo { hasNextPage } } } }""")
			.variable("after", value(site, "site.activities.pageInfo.endCursor"))
			.executeSync();
		assertThat(values(next, "site.activities.edges[*].node.title")).containsExactly("同心讲堂");
		assertThat((Object) value(next, "site.activities.pageInfo.hasNextPage")).isEqualTo(false);
	}

	@Test
	void pageTheSitesByIdWithTheirFilters() {
		assertThat(ids(Map.of())).containsExactly("S1", "S2", "S3", "S4");
		assertThat(ids(Map.of("kind", "PRACTICE_STATION"))).containsExactly("S1", "S3");
		assertThat(ids(Map.of("level", "TOWN"))).containsExactly("S2", "S3");
		assertThat(ids(Map.of("domain", "OTHER"))).containsExactly("S4");
		assertThat(ids(Map.of("townCode", A))).containsExactly("S1", "S2");
		assertThat(ids(Map.of("belowStandard", true))).containsExactly("S1", "S3", "S4");
		assertThat(ids(Map.of("belowStandard", false))).containsExactly("S2");
		assertThat(ids(Map.of("kind", "PRACTICE_STATION", "townCode", A, "belowStandard", true))).containsExactly("S1");

		ClientGraphQlResponse first = page(Map.of(), 3, null);
		ClientGraphQlResponse second = page(Map.of(), 3, value(first, "sites.pageInfo.endCursor"));
		assertThat(List.<Object>of(value(first, "sites.totalCount"), value(first, "sites.pageInfo.hasNextPage"),
				value(second, "sites.pageInfo.hasNextPage")))
			.containsExactly(4, true, false);
		assertThat(values(second, "sites.edges[*].node.id")).containsExactly("S4");
	}

	@Test
	void refuseAnUnknownTownAndATooLargePage() {
		assertThat(page(Map.of("townCode", "610322199"), 20, null).getErrors()).extracting(error -> error.getMessage())
			.anyMatch(message -> message.contains("townCode 610322199：没有这个镇"));
		assertThat(page(Map.of(), 101, null).getErrors()).isNotEmpty();
	}

	@Test
	void showAUserBoundToATownTheirTownsSitesStaffAndMembersOnlyWithPersonalDataMasked() {
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);

		assertThat(values(viewerOfA.graphQl().document(PAGE).executeSync(), "sites.edges[*].node.id"))
			.containsExactly("S1", "S2");
		for (String other : List.of("S3", "S4")) {
			assertThat((Object) value(viewerOfA.graphQl().document("{ site(id: \"%s\") { id } }".formatted(other))
				.executeSync(), "site")).as(other).isNull();
		}
		assertThat(viewerOfA.graphQl().document(PAGE).variable("filter", Map.of("townCode", B)).executeSync().getErrors())
			.extracting(error -> error.getMessage())
			.anyMatch(message -> message.contains("townCode " + B + "：没有这个镇"));
		ClientGraphQlResponse own = viewerOfA.graphQl().document("""
				{ site(id: "S1") { staff { id phone } participants { totalCount edges { node { id phone } } } } }""")
			.executeSync();
		assertThat(values(own, "site.participants.edges[*].node.id")).as("not M3 of town B").containsExactly("M1", "M2");
		assertThat((Object) value(own, "site.participants.totalCount")).isEqualTo(2);
		assertThat(values(own, "site.participants.edges[*].node.phone")).containsExactly("138******00", null);
		assertThat(values(own, "site.staff[*].phone")).containsExactly("139******00", null);
	}

	@Test
	void askOneStatementPerFieldWhateverThePageSize() {
		String rows = """
				query($first: Int) { sites(first: $first) { edges { node { id town { code } village { code }
				  enterprise { creditCode } unit { code } staff { id } activities(first: 5) { totalCount edges { node { title } } }
				  participants(first: 5) { edges { node { id town { code } } } } } } } }""";
		int[] statements = new int[2];
		for (int first : new int[] { 1, 4 }) {
			this.cypher.reset();
			ClientGraphQlResponse page = this.admin.graphQl().document(rows).variable("first", first).executeSync();
			assertThat(values(page, "sites.edges[*].node.id")).hasSize(first);
			statements[first == 1 ? 0 : 1] = this.cypher.statements();
		}
		assertThat(statements[1]).as("statements for a page of 4 as for a page of 1").isEqualTo(statements[0]);
	}

	@Test
	void findSitesBySearchAndDrawOneWithItsTownStaffAndParticipantsInTheUsersTowns() {
		String search = "{ search(text: \"同心实践\", kinds: [SITE]) { kind id detail townName } }";
		assertThat(values(this.admin.graphQl().document(search).executeSync(), "search[*].id"))
			.containsExactlyInAnyOrder("S1", "S3", "S4");
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, A);
		ClientGraphQlResponse ownHits = viewerOfA.graphQl().document(search).executeSync();
		assertThat(values(ownHits, "search[*].id")).containsExactly("S1");
		assertThat(values(ownHits, "search[*].detail")).containsExactly("PRACTICE_STATION");

		ClientGraphQlResponse network = viewerOfA.graphQl()
			.document("{ network(id: \"S1\") { nodes { id kind } edges { from to type } } }")
			.executeSync();
		// its town, its staff and the members of town A who took part (not M3 of town B)
		assertThat(values(network, "network.nodes[*].id")).containsExactly("S1", A, "C1", "C2", "M1", "M2");
		assertThat(values(network, "network.nodes[*].kind")).containsExactly("SITE", "TOWN", "STAFF", "STAFF", "MEMBER",
				"MEMBER");
		assertThat(values(network, "network.edges[?(@.from == 'S1')].to")).containsExactly(A);
		assertThat(values(network, "network.edges[?(@.to == 'S1')].type")).containsExactlyInAnyOrder("STAFFS", "STAFFS",
				"TOOK_PART", "TOOK_PART");
		assertThat(viewerOfA.graphQl().document("{ network(id: \"S3\") { nodes { id } } }").executeSync().getErrors())
			.as("a site of town B").isNotEmpty();
	}

	private List<Object> ids(Map<String, Object> filter) {
		return values(page(filter, 20, null), "sites.edges[*].node.id");
	}

	private ClientGraphQlResponse page(Map<String, Object> filter, int first, String after) {
		var variables = new HashMap<String, Object>();
		variables.put("filter", filter);
		variables.put("first", first);
		variables.put("after", after);
		return this.admin.graphQl().document(PAGE).variables(variables).executeSync();
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}

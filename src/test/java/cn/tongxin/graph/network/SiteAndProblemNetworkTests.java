package cn.tongxin.graph.network;

import java.util.List;

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

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's staff and participants and an enterprise's problems in the network, over real HTTP: site S1 of town A,
 * staffed by C1 (in post) and C2 (no longer), where M1 (town A) took part twice and M2 (town B) once; site S3 of town
 * B; R1 (town A) runs E1, which has problem W1; E2 of town B, paired with a village of town A, has problem W2.
 */
@GraphTest
class SiteAndProblemNetworkTests {

	static final String NETWORK = """
			query($id: ID!, $depth: Int, $types: [EdgeType!], $since: Date) {
			  network(id: $id, depth: $depth, types: $types, since: $since) {
			    nodes { id kind label properties { key value } }
			    edges { from to type properties { key value } }
			    truncated
			  }
			}
			""";

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322557257081K";

	static final String VILLAGE_A = "610322100001";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void sitesWithStaffAndMembersAndEnterprisesWithProblems() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n".formatted(VILLAGE_A, TOWN_A));
		ok("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业,%s\n".formatted(E1, TOWN_A, E2, TOWN_B));
		ok("pairings", "enterprise_credit_code,village_code,since\n%s,%s,2024-01-01\n".formatted(E2, VILLAGE_A));
		ok("representatives", "id,name,category,level,town_code,enterprise_credit_code\n"
				+ "R1,李娜,PRIVATE_ECONOMY,DISTRICT,%s,%s\nR2,王强,PRIVATE_ECONOMY,DISTRICT,%s,%s\n".formatted(TOWN_A, E1,
						TOWN_B, E2));
		ok("problems", "id,credit_code,raised_on,category,title,lead_code,assigned_on,due_on,resolved_on,satisfaction,note\n"
				+ "W1,%s,2025-03-01,FINANCING,贷款难,%s,2025-03-02,2025-04-01,,,联系人电话13700137000\n".formatted(E1, TOWN_A)
				+ "W2,%s,2025-05-01,LAND,用地难,,,,,,\n".formatted(E2));
		ok("members", """
				id,name,category,tier,town_code,joined_on,phone,birth_year
				M1,王芳,INTELLECTUAL,TOWN,%s,2020-01-01,13800138000,1970
				M2,赵敏,NON_PARTISAN,TOWN,%s,2020-01-01,,
				""".formatted(TOWN_A, TOWN_B));
		ok("staff", """
				id,name,post,town_code,site_id,full_time,since,until,phone
				C1,孙工作,SITE_STAFF,%s,S1,true,2024-01-01,,13900139000
				C2,钱工作,SITE_STAFF,%s,S1,false,2020-01-01,2023-12-31,
				C3,周工作,SITE_STAFF,%s,S3,false,2024-01-01,,
				""".formatted(TOWN_A, TOWN_A, TOWN_B));
		ok("sites", """
				id,name,kind,level,domain,town_code,established_on
				S1,甲镇同心实践站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01
				S3,乙镇同心实践站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01
				""".formatted(TOWN_A, TOWN_B));
		ok("site_activities", """
				site_id,date,title,participants,member_ids
				S1,2024-03-01,同心讲堂,40,M1|M2
				S1,2024-06-01,议事会,12,M1
				S3,2024-06-01,座谈会,8,M2
				""");
	}

	@Test
	void showsASitesStaffInPostAndTheMembersWhoTookPart() {
		var network = network(this.admin, "S1", 1, null, null);

		assertThat(values(network, "network.nodes[*].id")).containsExactly("S1", TOWN_A, "C1", "M1", "M2");
		assertThat(values(network, "network.nodes[*].kind")).containsExactly("SITE", "TOWN", "STAFF", "MEMBER", "MEMBER");
		assertThat(values(network, "network.edges[?(@.type == 'STAFFS')].from")).containsExactly("C1");
		assertThat(values(network, "network.edges[?(@.type == 'TOOK_PART')].from")).containsExactlyInAnyOrder("M1", "M2");
		assertThat(values(network, "network.edges[?(@.type == 'TOOK_PART' && @.from == 'M1')].properties[*].value"))
			.containsExactly("2", "2024-06-01");
		assertThat(values(network, "network.edges[?(@.type == 'STAFFS')].properties[*].key"))
			.containsExactly("since", "fullTime");
		assertThat(values(network, "network.edges[?(@.type != 'IN_TOWN')].to")).containsOnly("S1");
	}

	@Test
	void reachesNoMemberStaffOrProblemFromATown() {
		var town = network(this.admin, TOWN_A, 1, null, null);
		var deeper = network(this.admin, TOWN_A, 2, null, null);

		assertThat(values(town, "network.nodes[*].kind")).doesNotContain("MEMBER", "STAFF", "PROBLEM")
			.contains("SITE", "ENTERPRISE", "REPRESENTATIVE");
		// a hop further, through the site and the enterprise
		assertThat(values(deeper, "network.nodes[*].id")).contains("C1", "M1", "W1");
	}

	@Test
	void showsTheProblemsOfTheEnterpriseARepresentativeRuns() {
		var network = network(this.admin, "R1", 2, null, null);

		assertThat(values(network, "network.nodes[?(@.kind == 'PROBLEM')].id")).containsExactly("W1");
		assertThat(values(network, "network.nodes[?(@.id == 'W1')].label")).containsExactly("贷款难");
		assertThat(values(network, "network.edges[?(@.type == 'CONCERNS')].to")).containsExactly(E1);
		assertThat(values(network, "network.nodes[?(@.id == 'W1')].properties[*].key")).containsExactly("category",
				"state", "overdue", "raisedOn", "assignedOn", "dueOn");
		assertThat(values(network, "network.nodes[?(@.id == 'W1')].properties[*].value")).containsExactly("FINANCING",
				"ASSIGNED", "true", "2025-03-01", "2025-03-02", "2025-04-01");
		assertThat(network.toMap().toString()).as("the problem's note").doesNotContain("13700137000");

		var viewerOfA = network(viewerOf(this.admin, TOWN_A), "R1", 2, null, null);
		assertThat(values(viewerOfA, "network.nodes[?(@.kind == 'PROBLEM')].id")).containsExactly("W1");
	}

	@Test
	void followsTheTiesAskedForAndLeavesOutThoseFormedBeforeSince() {
		assertThat(values(network(this.admin, "S1", 1, List.of("STAFFS"), null), "network.nodes[*].id"))
			.containsExactly("S1", "C1");
		assertThat(values(network(this.admin, "S1", 1, List.of("TOOK_PART"), null), "network.nodes[*].id"))
			.containsExactly("S1", "M1", "M2");
		assertThat(values(network(this.admin, "R1", 2, List.of("RUNS"), null), "network.nodes[*].id"))
			.containsExactly("R1", E1);
		assertThat(values(network(this.admin, "R1", 2, List.of("RUNS", "CONCERNS"), null), "network.nodes[*].id"))
			.containsExactly("R1", E1, "W1");

		var since = network(this.admin, "S1", 1, List.of("TOOK_PART", "STAFFS"), "2024-05-01");
		assertThat(values(since, "network.nodes[*].id")).as("M1 took part on 2024-06-01; C1 was posted before")
			.containsExactly("S1", "M1");
		assertThat(values(since, "network.edges[*].properties[0].value")).containsExactly("1");
		assertThat(values(network(this.admin, "R1", 2, null, "2025-04-01"), "network.nodes[*].kind"))
			.as("W1 was raised before").doesNotContain("PROBLEM");
	}

	@Test
	void startsFromAMemberAStaffOrAProblemAndReachesTheirSite() {
		assertThat(values(network(this.admin, "M2", 1, List.of("TOOK_PART"), null), "network.nodes[*].id"))
			.containsExactly("M2", "S1", "S3");
		assertThat(values(network(this.admin, "C1", 1, List.of("STAFFS"), null), "network.nodes[*].id"))
			.containsExactly("C1", "S1");
		assertThat(values(network(this.admin, "C2", 1, List.of("STAFFS"), null), "network.nodes[*].id"))
			.as("no longer in post").containsExactly("C2");
		assertThat(values(network(this.admin, "W1", 2, List.of("CONCERNS", "RUNS"), null), "network.nodes[*].id"))
			.containsExactly("W1", E1, "R1");
	}

	@Test
	void showsNoPersonalDataOfMembersAndStaff() {
		var member = network(this.admin, "M1", 1, null, null);
		var staff = network(this.admin, "C1", 1, null, null);

		assertThat(values(member, "network.nodes[?(@.id == 'M1')].properties[*].key")).containsExactly("category", "tier");
		assertThat(values(staff, "network.nodes[?(@.id == 'C1')].properties[*].key")).containsExactly("post");
		for (var network : List.of(member, staff, network(this.admin, "S1", 1, null, null))) {
			assertThat(network.toMap().toString()).doesNotContain("13800138000", "13900139000", "1970", "phone",
					"birthYear");
		}
	}

	@Test
	void walksOnlyThroughTheUsersTownsTheDeniedBesideTheAllowed() {
		TongxinHttp ofA = viewerOf(this.admin, TOWN_A);
		TongxinHttp ofB = viewerOf(this.admin, TOWN_B);

		assertThat(values(network(ofA, "S1", 1, null, null), "network.nodes[*].id")).as("not M2 of town B")
			.containsExactly("S1", TOWN_A, "C1", "M1");
		assertThat(values(network(ofB, "S3", 1, null, null), "network.nodes[*].id")).containsExactly("S3", TOWN_B, "C3",
				"M2");
		// an enterprise of town B paired with a village of town A: town A sees it, not its problem
		var paired = network(ofA, VILLAGE_A, 2, null, null);
		assertThat(values(paired, "network.nodes[*].id")).contains(E2).doesNotContain("W2", "R2");
		assertThat(values(network(this.admin, VILLAGE_A, 2, null, null), "network.nodes[*].id")).contains(E2, "W2");

		String unknown = refused(ofB, "nobody");
		for (String outside : List.of("S1", "M1", "C1", "W1", "R1")) {
			assertThat(refused(ofB, outside)).as(outside).isEqualTo(unknown.replace("nobody", outside));
		}
		for (String outside : List.of("S3", "M2", "C3", "W2")) {
			assertThat(refused(ofA, outside)).as(outside).isEqualTo(unknown.replace("nobody", outside));
		}
	}

	@Test
	void costsOneRoundTripWhateverItReaches() {
		this.cypher.reset();
		network(this.admin, "S1", 3, null, null);
		assertThat(this.cypher.statements()).as("signing in, then the network").isEqualTo(2);
	}

	private static String refused(TongxinHttp client, String id) {
		ClientGraphQlResponse response = client.graphQl().document(NETWORK).variable("id", id).executeSync();
		assertThat(response.getErrors()).as(id).singleElement();
		return response.getErrors().get(0).getMessage();
	}

	private static ClientGraphQlResponse network(TongxinHttp client, String id, int depth, List<String> types,
			String since) {
		var request = client.graphQl().document(NETWORK).variable("id", id).variable("depth", depth);
		if (types != null) {
			request = request.variable("types", types);
		}
		if (since != null) {
			request = request.variable("since", since);
		}
		var response = request.executeSync();
		assertThat(response.getErrors()).as(id).isEmpty();
		return response;
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}

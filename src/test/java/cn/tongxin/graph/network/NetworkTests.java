package cn.tongxin.graph.network;

import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.system.CypherFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network around someone, over real HTTP, on a graph whose answers are known: a district leader L1
 * befriends R1 (town A, runs E1, which is paired with V1) and R2 (town B, befriended long ago).
 */
@GraphTest
class NetworkTests {

	static final String NETWORK = """
			query($id: ID!, $depth: Int, $types: [EdgeType!], $since: Date, $limit: Int) {
			  network(id: $id, depth: $depth, types: $types, since: $since, limit: $limit) {
			    nodes { id kind label properties { key value } }
			    edges { from to type }
			    truncated
			  }
			}
			""";

	static final String E1 = "91610322022725555J";

	static final String NETWORK_CYPHER = CypherFile.load("network/network");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void aSmallNetwork() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", "code,name,town_code\n610322100001,甲一村,610322100\n");
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,甲企业,610322100\n".formatted(E1));
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n%s,610322100001,2024-05-01\n".formatted(E1));
		this.admin.importCsv("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		this.admin.importCsv("representatives", "id,name,category,level,town_code,enterprise_credit_code,phone\n"
				+ "R1,李娜,PRIVATE_ECONOMY,DISTRICT,610322100,%s,13812345678\nR2,王强,INTELLECTUAL,DISTRICT,610322101,,\n".formatted(E1));
		this.admin.importCsv("friendships", "leader_id,representative_id,since\nL1,R1,2024-01-01\nL1,R2,2020-01-01\n");
	}

	@Test
	void showsTheNearestTiesAtDepthOne() {
		var network = network(this.admin, "L1", 1, null, null, null);

		assertThat(values(network, "network.nodes[*].id")).containsExactly("L1", "R1", "R2");
		assertThat(network.field("network.nodes[0].kind").toEntity(String.class)).isEqualTo("LEADER");
		assertThat(values(network, "network.edges[*].type")).containsOnly("BEFRIENDS").hasSize(2);
		assertThat(network.field("network.truncated").toEntity(Boolean.class)).isFalse();
	}

	@Test
	void goesDeeperOverTheTiesAskedFor() {
		var network = network(this.admin, "L1", 2, List.of("BEFRIENDS", "RUNS"), null, null);

		assertThat(values(network, "network.nodes[*].id")).containsExactly("L1", "R1", "R2", E1);
		assertThat(values(network, "network.edges[?(@.type == 'RUNS')].to")).containsExactly(E1);
		assertThat(values(network, "network.edges[*].type")).doesNotContain("IN_TOWN", "PAIRED_WITH");
	}

	@Test
	void leavesOutFriendshipsFormedBeforeSince() {
		var network = network(this.admin, "L1", 1, null, "2023-01-01", null);

		assertThat(values(network, "network.nodes[*].id")).containsExactly("L1", "R1");
	}

	@Test
	void keepsTheNearestWithinTheLimitTheStartAmongThem() {
		// within two hops of L1: R1 and R2, then the towns of both and the enterprise R1 runs, by key
		var whole = network(this.admin, "L1", 2, null, null, 6);
		var cut = network(this.admin, "L1", 2, null, null, 5);
		var nearest = network(this.admin, "L1", 3, null, null, 2);
		var startOnly = network(this.admin, "L1", 3, null, null, 1);

		assertThat(values(whole, "network.nodes[*].id")).containsExactly("L1", "R1", "R2", "610322100", "610322101", E1);
		assertThat(whole.field("network.truncated").toEntity(Boolean.class)).isFalse();
		assertThat(values(cut, "network.nodes[*].id")).containsExactly("L1", "R1", "R2", "610322100", "610322101");
		assertThat(cut.field("network.truncated").toEntity(Boolean.class)).isTrue();
		assertThat(values(nearest, "network.nodes[*].id")).containsExactly("L1", "R1");
		assertThat(nearest.field("network.truncated").toEntity(Boolean.class)).isTrue();
		assertThat(values(startOnly, "network.nodes[*].id")).containsExactly("L1");
		assertThat(values(startOnly, "network.edges")).isEmpty();
		assertThat(startOnly.field("network.truncated").toEntity(Boolean.class)).isTrue();
	}

	@Test
	void isNotTruncatedWhenTheLimitHoldsEverythingWithinDepth() {
		// depth 1 reaches exactly R1 and R2: a limit of three holds them all; what lies beyond depth does not count
		var exact = network(this.admin, "L1", 1, null, null, 3);
		var deeper = network(this.admin, "L1", 3, List.of("BEFRIENDS", "RUNS", "PAIRED_WITH"), null, 5);

		assertThat(values(exact, "network.nodes[*].id")).containsExactly("L1", "R1", "R2");
		assertThat(exact.field("network.truncated").toEntity(Boolean.class)).isFalse();
		assertThat(values(deeper, "network.nodes[*].id")).containsExactly("L1", "R1", "R2", E1, "610322100001");
		assertThat(deeper.field("network.truncated").toEntity(Boolean.class)).isFalse();
	}

	@Test
	void goesNoFurtherThanTheDepthAskedFor() {
		// L1 – R1 – E1 – 甲一村 over friendships, running and pairings: one node more per hop
		for (int depth = 1; depth <= 3; depth++) {
			var network = network(this.admin, "L1", depth, List.of("BEFRIENDS", "RUNS", "PAIRED_WITH"), null, null);

			assertThat(values(network, "network.nodes[*].id")).as("depth " + depth)
				.containsExactlyElementsOf(List.of("L1", "R1", "R2", E1, "610322100001").subList(0, depth + 2));
		}
	}

	@Test
	void neverShowsPersonalData() {
		var network = network(this.admin, "R1", 1, null, null, null);

		assertThat(values(network, "network.nodes[?(@.id == 'R1')].properties[*].key")).contains("category")
			.doesNotContain("phone", "birthYear");
		assertThat(network.toMap().toString()).doesNotContain("13812345678");
	}

	@Test
	void walksOnlyThroughTheUsersTowns() {
		TongxinHttp ofA = viewerOf(this.admin, TOWN_A);

		var network = network(ofA, "L1", 2, null, null, null);

		assertThat(values(network, "network.nodes[*].id")).contains("L1", "R1", E1).doesNotContain("R2", "610322101");
	}

	@Test
	void stopsWalkingOnceTheLimitIsReached() {
		// thirty district leaders and thirty representatives of town A, each befriending all the others, and L1
		// befriending the thirty: within three hops of L1 lie tens of thousands of paths
		var leaders = new StringBuilder("id,name,role,level\n");
		var representatives = new StringBuilder("id,name,category,level,town_code\n");
		var friendships = new StringBuilder("leader_id,representative_id,since\n");
		for (int i = 1; i <= 30; i++) {
			leaders.append("D%02d,领导%d,PARTY_GROUP,DISTRICT\n".formatted(i, i));
			representatives.append("Q%02d,代表%d,INTELLECTUAL,DISTRICT,610322100\n".formatted(i, i));
			friendships.append("L1,Q%02d,2024-01-01\n".formatted(i));
			for (int j = 1; j <= 30; j++) {
				friendships.append("D%02d,Q%02d,2024-01-01\n".formatted(i, j));
			}
		}
		this.admin.importCsv("leaders", leaders.toString());
		this.admin.importCsv("representatives", representatives.toString());
		this.admin.importCsv("friendships", friendships.toString());

		long near = databaseHits(1, 5);
		long far = databaseHits(3, 5);
		long whole = databaseHits(3, 1000);

		// the first hop fills the limit: three hops deep costs what one does, a fraction of walking them all
		// (expanding every path and cutting afterwards cost some 230,000 hits here, whatever the limit)
		assertThat(far).isLessThanOrEqualTo(near);
		assertThat(far * 10).isLessThan(whole);
		var network = network(this.admin, "L1", 3, null, null, 5);
		assertThat(values(network, "network.nodes")).hasSize(5);
		assertThat(network.field("network.truncated").toEntity(Boolean.class)).isTrue();
	}

	/** What the network around L1 costs the database, as PROFILE counts it. */
	private long databaseHits(int depth, int limit) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", "L1");
		parameters.put("depth", depth);
		parameters.put("types", NetworkController.ALL_TIES.stream().map(Enum::name).toList());
		parameters.put("since", null);
		parameters.put("limit", limit);
		parameters.put("today", GraphTestConfiguration.TODAY);
		parameters.put("userTowns", null);
		return hits(this.neo4j.query("PROFILE " + NETWORK_CYPHER).bindAll(parameters).run().profile());
	}

	private static long hits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(NetworkTests::hits).sum();
	}

	@Test
	void findsNoStartOrEndOutsideTheUsersTowns() {
		TongxinHttp ofA = viewerOf(this.admin, TOWN_A);
		String unknown = ofA.graphQl().document(NETWORK).variable("id", "nobody").executeSync().getErrors().get(0).getMessage();

		for (String outside : List.of("R2", "610322101")) {
			var refused = ofA.graphQl().document(NETWORK).variable("id", outside).executeSync();

			assertThat(refused.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo(unknown.replace("nobody", outside)));
			assertThat(refused.toMap().toString()).doesNotContain("王强", "乙镇");
		}
		assertThat(values(network(this.admin, "R2", 1, null, null, null), "network.nodes[*].label")).contains("王强");

		String path = "{ connection(fromId: \"L1\", toId: \"R2\") { nodes { label } } }";
		assertThat(values(ofA.graphQl().document(path).executeSync(), "connection")).isEmpty();
		assertThat(values(this.admin.graphQl().document(path).executeSync(), "connection[0].nodes[*].label"))
			.containsExactly("张伟", "王强");
	}

	@Test
	void connectsNoOneWithThemselves() {
		var itself = this.admin.graphQl().document("{ connection(fromId: \"L1\", toId: \"L1\") { length } }").executeSync();

		assertThat(values(itself, "connection")).isEmpty();
	}

	@Test
	void costsOneRoundTripAndRefusesWhatItCannotAnswer() {
		this.cypher.reset();
		network(this.admin, "L1", 3, null, null, null);
		assertThat(this.cypher.statements()).as("signing in, then the network").isEqualTo(2);

		for (var refused : List.of(this.admin.graphQl().document(NETWORK).variable("id", "nobody").executeSync(),
				this.admin.graphQl().document(NETWORK).variable("id", "L1").variable("depth", 4).executeSync())) {
			assertThat(refused.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
		}
	}

	@Test
	void connectsTwoPeopleWithASentencePerTie() {
		var paths = this.admin.graphQl()
			.document("{ connection(fromId: \"L1\", toId: \"610322100001\") { length nodes { id } steps { type sentence } } }")
			.executeSync();

		assertThat(values(paths, "connection[*].length")).containsExactly(3);
		assertThat(values(paths, "connection[0].nodes[*].id")).containsExactly("L1", "R1", E1, "610322100001");
		assertThat(values(paths, "connection[0].steps[*].sentence")).containsExactly("张伟（区委常委）与李娜（非公有制经济人士）结对交友",
				"李娜 负责 甲企业", "甲企业 与 甲一村 结对");
	}

	@Test
	void findsEveryShortestPathAndNoneBeyondMaxHops() {
		this.admin.importCsv("leaders", "id,name,role,level\nL3,赵刚,PARTY_GROUP,DISTRICT\n");
		this.admin.importCsv("friendships", "leader_id,representative_id,since\nL3,R1,2024-01-01\nL3,R2,2024-01-01\n");

		var two = this.admin.graphQl().document("{ connection(fromId: \"R1\", toId: \"R2\") { length nodes { id } } }").executeSync();
		var tooFar = this.admin.graphQl()
			.document("{ connection(fromId: \"L1\", toId: \"610322100001\", maxHops: 2) { length } }")
			.executeSync();

		assertThat(values(two, "connection[*].nodes[1].id")).containsExactlyInAnyOrder("L1", "L3");
		assertThat(values(two, "connection[*].length")).containsOnly(2);
		assertThat(values(tooFar, "connection")).isEmpty();
	}

	@Test
	void goesAroundEndedFriendshipsAndNeverThroughDeletedRecords() {
		this.admin.importCsv("leaders", "id,name,role,level\nL3,赵刚,PARTY_GROUP,DISTRICT\n");
		this.admin.importCsv("friendships", "leader_id,representative_id,since,until\nL3,R1,2024-01-01,\nL3,R2,2024-01-01,\n"
				+ "L1,R2,2020-01-01,2025-12-31\n");

		var around = this.admin.graphQl().document("{ connection(fromId: \"L1\", toId: \"R2\") { nodes { id } } }").executeSync();
		assertThat(values(around, "connection[*].nodes[*].id")).containsExactly("L1", "R1", "L3", "R2");

		this.admin.graphQl().document("mutation { deleteRepresentative(id: \"R1\") { deleted } }").executeSync();
		var deleted = this.admin.graphQl()
			.document("{ connection(fromId: \"L1\", toId: \"610322100001\") { length } network(id: \"L1\", depth: 3) { nodes { id } } }")
			.executeSync();
		assertThat(values(deleted, "connection")).isEmpty();
		assertThat(values(deleted, "network.nodes[*].id")).doesNotContain("R1", "R2", E1);
	}

	private static ClientGraphQlResponse network(TongxinHttp client, String id, Integer depth, List<String> types,
			String since, Integer limit) {
		var request = client.graphQl().document(NETWORK).variable("id", id).variable("depth", depth);
		if (types != null) {
			request = request.variable("types", types);
		}
		if (since != null) {
			request = request.variable("since", since);
		}
		if (limit != null) {
			request = request.variable("limit", limit);
		}
		var response = request.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

}

package cn.tongxin.graph.network;

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

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key connectors over real HTTP, on two friendship networks whose scores are worked out by hand.
 * <ul>
 * <li>Town A, a chain: L1 – R1 – L2 – R2 – L3 – R3. Leader-to-representative pairs joined through others:
 * L1→R2 (inside: R1, L2), L1→R3 (R1, L2, R2, L3), L2→R3 (R2, L3), L3→R1 (R2, L2). So L2 and R2 score 3, L3 and R1
 * 2, L1 and R3 0. L1 once befriended R3 too, but that friendship has ended and joins nothing.</li>
 * <li>Town B, a diamond: L4 befriends R4 and R5; L5 befriends R4, R5 and R6. L4→R6 has two shortest paths, through
 * R4 and through R5, so each scores ½ and L5, inside both, 1.</li>
 * </ul>
 * A ranking is kept until the friendships change: every write of friendships or people (an import, befriend,
 * endFriendship, a deletion) is seen on the next call, and each town scope has its own.
 */
@GraphTest
class KeyConnectorsTests {

	static final String KEY_CONNECTORS = "query($first: Int, $by: ConnectorScore) { keyConnectors(first: $first, by: $by) { id kind name degree betweenness } }";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void aChainAndADiamond() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("leaders", """
				id,name,role,level,town_code
				L1,张伟,STANDING_COMMITTEE,DISTRICT,
				L2,王芳,PARTY_COMMITTEE,TOWN,610322100
				L3,刘洋,BRANCH_COMMITTEE,VILLAGE,610322100
				L4,陈静,PARTY_COMMITTEE,TOWN,610322101
				L5,杨帆,PARTY_COMMITTEE,TOWN,610322101
				""");
		this.admin.importCsv("representatives", """
				id,name,category,level,town_code
				R1,李娜,PRIVATE_ECONOMY,DISTRICT,610322100
				R2,赵磊,PRIVATE_ECONOMY,DISTRICT,610322100
				R3,孙丽,INTELLECTUAL,DISTRICT,610322100
				R4,周强,INTELLECTUAL,DISTRICT,610322101
				R5,吴敏,INTELLECTUAL,DISTRICT,610322101
				R6,郑洁,RELIGIOUS,DISTRICT,610322101
				""");
		this.admin.importCsv("friendships", """
				leader_id,representative_id,since,until
				L1,R1,2024-01-01,
				L2,R1,2024-01-01,
				L2,R2,2024-01-01,
				L3,R2,2024-01-01,
				L3,R3,2024-01-01,
				L1,R3,2020-01-01,2021-01-01
				L4,R4,2024-01-01,
				L4,R5,2024-01-01,
				L5,R4,2024-01-01,
				L5,R5,2024-01-01,
				L5,R6,2024-01-01,
				""");
	}

	@Test
	void ranksByBetweennessSharingAPairAmongItsShortestPaths() {
		var ranked = this.admin.graphQl().document(KEY_CONNECTORS).executeSync();

		assertThat(values(ranked, "keyConnectors[*].id")).containsExactly("L2", "R2", "L3", "R1", "L5", "R4", "R5", "L4",
				"L1", "R3", "R6");
		assertThat(values(ranked, "keyConnectors[*].betweenness")).containsExactly(3.0, 3.0, 2.0, 2.0, 1.0, 0.5, 0.5, 0.0,
				0.0, 0.0, 0.0);
		assertThat(values(ranked, "keyConnectors[?(@.id == 'L2')].name")).containsExactly("王芳");
		assertThat(values(ranked, "keyConnectors[?(@.id == 'L2')].kind")).containsExactly("LEADER");
		assertThat(values(ranked, "keyConnectors[?(@.id == 'R2')].kind")).containsExactly("REPRESENTATIVE");
	}

	@Test
	void ranksByDegreeWhenAskedAndKeepsToTheFirstAskedFor() {
		var ranked = this.admin.graphQl().document(KEY_CONNECTORS).variable("by", "DEGREE").variable("first", 3).executeSync();

		assertThat(values(ranked, "keyConnectors[*].id")).containsExactly("L5", "L2", "R2");
		assertThat(values(ranked, "keyConnectors[*].degree")).containsExactly(3, 2, 2);
	}

	@Test
	void measuresATownBoundUserOverTheirTownsOnly() {
		var viewerOfA = viewerOf(this.admin, TOWN_A);

		var ranked = viewerOfA.graphQl().document(KEY_CONNECTORS).executeSync();

		assertThat(values(ranked, "keyConnectors[*].id")).containsExactly("L2", "R2", "L3", "R1", "L1", "R3");
	}

	@Test
	void asksOnlyForTheFriendshipsRevisionWhileTheyStayTheSame() {
		var first = this.admin.graphQl().document(KEY_CONNECTORS).executeSync();
		this.cypher.reset();

		var again = this.admin.graphQl().document(KEY_CONNECTORS).variable("first", 5).executeSync();

		assertThat(this.cypher.statements()).as("the sign-in and the revision, not the ranking").isEqualTo(2);
		assertThat(values(again, "keyConnectors[*].id")).containsExactly("L2", "R2", "L3", "R1", "L5");
		assertThat(values(again, "keyConnectors[*].betweenness"))
			.containsExactlyElementsOf(values(first, "keyConnectors[0:5].betweenness"));
	}

	@Test
	void recomputesWhenAFriendshipIsImportedOrBefriended() {
		assertThat(degreeOf("L4")).containsExactly(2);
		assertThat(degreeOf("L1")).containsExactly(1);

		this.admin.importCsv("friendships", "leader_id,representative_id,since\nL4,R6,2024-01-01\n");
		assertThat(degreeOf("L4")).containsExactly(3);

		var befriended = this.admin.graphQl()
			.documentName("network/befriend")
			.variable("input", Map.of("leaderId", "L1", "representativeId", "R4", "since", "2025-01-01"))
			.executeSync();
		assertThat(befriended.getErrors()).isEmpty();
		assertThat(degreeOf("L1")).containsExactly(2);
		assertThat(degreeOf("R4")).containsExactly(3);
	}

	@Test
	void recomputesWhenAFriendshipEndsOrAPersonIsDeleted() {
		assertThat(degreeOf("R6")).containsExactly(1);
		assertThat(degreeOf("R2")).containsExactly(2);

		var ended = this.admin.graphQl()
			.documentName("network/end-friendship")
			.variable("leaderId", "L5")
			.variable("representativeId", "R6")
			.variable("on", "2026-01-01")
			.executeSync();
		assertThat(ended.getErrors()).isEmpty();
		assertThat(degreeOf("R6")).as("no current friend: not a connector").isEmpty();
		assertThat(degreeOf("L5")).containsExactly(2);

		this.admin.graphQl().document("mutation { deleteRepresentative(id: \"R2\") { deleted } }").executeSync();
		assertThat(degreeOf("R2")).isEmpty();
		assertThat(degreeOf("L3")).containsExactly(1);
	}

	@Test
	void keepsEachTownScopeToItsOwnRanking() {
		var viewerOfA = viewerOf(this.admin, TOWN_A);
		var district = List.of("L2", "R2", "L3", "R1", "L5", "R4", "R5", "L4", "L1", "R3", "R6");

		assertThat(values(this.admin.graphQl().document(KEY_CONNECTORS).executeSync(), "keyConnectors[*].id"))
			.containsExactlyElementsOf(district);
		assertThat(values(viewerOfA.graphQl().document(KEY_CONNECTORS).executeSync(), "keyConnectors[*].id"))
			.containsExactly("L2", "R2", "L3", "R1", "L1", "R3");
		assertThat(values(this.admin.graphQl().document(KEY_CONNECTORS).executeSync(), "keyConnectors[*].id"))
			.containsExactlyElementsOf(district);
	}

	private List<Object> degreeOf(String id) {
		var ranked = this.admin.graphQl().document(KEY_CONNECTORS).variable("by", "DEGREE").executeSync();
		assertThat(ranked.getErrors()).isEmpty();
		return values(ranked, "keyConnectors[?(@.id == '" + id + "')].degree");
	}

}

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
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.editorOf;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Friendships' timelines over real HTTP, today being 2026-11-25: district leader L1 befriends R1 (town A, since
 * 2024-01-01) and R2 (town B, since 2025-01-01); town A's leader L2 befriends R1 (since 2025-06-01).
 */
@GraphTest
class FriendshipTimelineTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void threeFriendships() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("leaders", "id,name,role,level,town_code\nL1,张伟,STANDING_COMMITTEE,DISTRICT,\n"
				+ "L2,刘洋,PARTY_COMMITTEE,TOWN,610322100\n");
		this.admin.importCsv("representatives",
				"id,name,category,level,town_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT,610322100\nR2,王强,INTELLECTUAL,DISTRICT,610322101\n");
		this.admin.importCsv("friendships",
				"leader_id,representative_id,since\nL1,R1,2024-01-01\nL1,R2,2025-01-01\nL2,R1,2025-06-01\n");
	}

	@Test
	void recordsContactsOnTheTimelineAndLastContactFollowsTheNewest() {
		var recorded = recordContact(this.admin, "L1", "R1", "2026-03-02", "VISIT", "走访企业");
		recordContact(this.admin, "L1", "R1", "2026-09-15", "CALL", null);
		recordContact(this.admin, "L1", "R1", "2026-05-20", "TALK", "谈心");

		assertThat(recorded.field("recordContact.problems").toEntityList(Map.class)).isEmpty();
		assertThat(recorded.field("recordContact.contact.note").toEntity(String.class)).isEqualTo("走访企业");
		assertThat(recorded.field("recordContact.contact.representative.name").toEntity(String.class)).isEqualTo("李娜");
		var timeline = timeline("L1", false, 2, null);
		assertThat(values(timeline, "leader.friends[?(@.representative.id == 'R1')].lastContact")).containsExactly("2026-09-15");
		assertThat(values(timeline, "leader.friends[?(@.representative.id == 'R1')].contacts.totalCount")).containsExactly(3);
		assertThat(values(timeline, "leader.friends[?(@.representative.id == 'R1')].contacts.edges[*].node.date"))
			.containsExactly("2026-09-15", "2026-05-20");
		assertThat(count("MATCH (:Leader {id: 'L1'})-[:MADE_CONTACT]->(c:Contact)-[:WITH]->(:Representative {id: 'R1'}) RETURN count(c)"))
			.as("one node per contact, not a list property").isEqualTo(3);
	}

	@Test
	void pagesATimelineNewestFirstWithoutRepeatsOrGaps() {
		recordContact(this.admin, "L1", "R1", "2026-03-02", "VISIT", null);
		recordContact(this.admin, "L1", "R1", "2026-03-02", "CALL", null);
		recordContact(this.admin, "L1", "R1", "2026-01-10", "EVENT", null);

		var first = timeline("L1", false, 2, null);
		String after = (String) values(first, "leader.friends[?(@.representative.id == 'R1')].contacts.pageInfo.endCursor").get(0);
		var second = timeline("L1", false, 2, after);

		assertThat(values(first, "leader.friends[?(@.representative.id == 'R1')].contacts.edges[*].node.kind"))
			.containsExactly("CALL", "VISIT");
		assertThat(values(first, "leader.friends[?(@.representative.id == 'R1')].contacts.pageInfo.hasNextPage"))
			.containsExactly(true);
		assertThat(values(second, "leader.friends[?(@.representative.id == 'R1')].contacts.edges[*].node.kind"))
			.containsExactly("EVENT");
		assertThat(values(second, "leader.friends[?(@.representative.id == 'R1')].contacts.pageInfo.hasNextPage"))
			.containsExactly(false);
	}

	@Test
	void refusesAContactOutsideAFriendshipSayingWhichFieldAndWhy() {
		assertThat(problems(recordContact(this.admin, "L2", "R2", "2026-03-02", "VISIT", null)))
			.containsExactly(Map.of("field", "leaderId",
					"message", "leader_id L2 + representative_id R2：二人没有结对交友，请先导入 friendships 台账"));
		assertThat(problems(recordContact(this.admin, "L1", "R2", "2024-12-31", "VISIT", null)))
			.containsExactly(Map.of("field", "date", "message", "date 2024-12-31：早于结对交友开始的日期 2025-01-01"));
		assertThat(problems(recordContact(this.admin, "L1", "R2", "2026-11-26", "VISIT", null)))
			.containsExactly(Map.of("field", "date", "message", "date 2026-11-26：不能晚于今天（2026-11-25）"));
		assertThat(problems(recordContact(this.admin, "L9", "R2", "2026-01-01", "VISIT", null)))
			.containsExactly(Map.of("field", "leaderId", "message", "leader_id L9：没有这个领导，请先导入 leaders 台账"));
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isZero();
	}

	@Test
	void letsOnlyEditorsOfTheRepresentativesTownRecordContacts() {
		var viewer = viewerOf(this.admin, TOWN_A);
		var editorOfB = editorOf(this.admin, TOWN_B);
		var editorOfA = editorOf(this.admin, TOWN_A);

		var refused = viewer.graphQl().documentName("network/record-contact").variable("input", contact("L2", "R1", "2026-03-02", "VISIT", null)).executeSync();
		assertThat(refused.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(problems(recordContact(editorOfB, "L2", "R1", "2026-03-02", "VISIT", null)))
			.extracting(problem -> problem.get("message"))
			.containsExactly("leader_id L2：不在您负责的镇（属地）范围内", "representative_id R1：不在您负责的镇（属地）范围内");
		assertThat(problems(recordContact(editorOfA, "L2", "R1", "2026-03-02", "VISIT", null))).isEmpty();
		var audit = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"recordContact\"}) { edges { node { username kind keys } } } }")
			.executeSync();
		assertThat(values(audit, "auditLog.edges[*].node.username")).containsExactly("a.editor");
		assertThat(values(audit, "auditLog.edges[*].node.keys[0]")).containsExactly("L2+R1+2026-03-02+VISIT");
	}

	@Test
	void endsAFriendshipKeepingItAsHistory() {
		recordContact(this.admin, "L1", "R2", "2026-02-01", "VISIT", null);

		var tooEarly = endFriendship("L1", "R2", "2026-01-31");
		var endedYesterday = endFriendship("L1", "R2", "2026-11-24");
		var endingToday = endFriendship("L2", "R1", "2026-11-25");

		assertThat(problems(tooEarly)).containsExactly(Map.of("field", "on",
				"message", "on 2026-01-31：早于最近一次联系 2026-02-01，结束日期不能早于已记录的联系"));
		assertThat(endedYesterday.field("endFriendship.friendship.ended").toEntity(Boolean.class)).isTrue();
		assertThat(endingToday.field("endFriendship.friendship.ended").toEntity(Boolean.class))
			.as("the last day still counts, as for pairings").isFalse();
		assertThat(values(timeline("L1", false, 5, null), "leader.friends[*].representative.id")).containsExactly("R1");
		var withEnded = timeline("L1", true, 5, null);
		assertThat(values(withEnded, "leader.friends[*].representative.id")).containsExactly("R2", "R1");
		assertThat(withEnded.field("leader.friends[0].until").toEntity(String.class)).isEqualTo("2026-11-24");
		assertThat(withEnded.field("leader.friends[0].contacts.totalCount").toEntity(Integer.class)).isEqualTo(1);
		assertThat(problems(recordContact(this.admin, "L1", "R2", "2026-11-25", "CALL", null)))
			.containsExactly(Map.of("field", "date", "message", "date 2026-11-25：晚于结对交友结束的日期 2026-11-24"));
		var connection = this.admin.graphQl().document("{ connection(fromId: \"L1\", toId: \"R2\") { length } }").executeSync();
		assertThat(values(connection, "connection")).as("an ended friendship is no way to reach someone").isEmpty();
	}

	@Test
	void befriendsAndResumesAnEndedFriendship() {
		endFriendship("L1", "R2", "2026-06-30");

		var resumed = befriend("L1", "R2", "2025-01-01");
		var created = befriend("L2", "R2", "2026-11-01");

		assertThat((Object) resumed.field("befriend.friendship.until").getValue()).isNull();
		assertThat(resumed.field("befriend.friendship.ended").toEntity(Boolean.class)).isFalse();
		assertThat(created.field("befriend.friendship.since").toEntity(String.class)).isEqualTo("2026-11-01");
		assertThat(values(timeline("L2", false, 1, null), "leader.friends[*].representative.id")).containsExactly("R2", "R1");
		assertThat(problems(befriend("L2", "R404", "2026-11-01"))).extracting(problem -> problem.get("field"))
			.containsExactly("representativeId");
	}

	@Test
	void importsContactsUnderTheSameRowRules() {
		var report = this.admin.importCsv("contacts", """
				leader_id,representative_id,date,kind,note
				L1,R1,2026-03-02,VISIT,走访企业
				L1,R1,2026-04-01,SMS,
				L2,R2,2026-03-02,VISIT,
				L1,R2,2024-06-01,TALK,
				L1,R1,2026-03-02,VISIT,重复
				""");
		var again = this.admin.importCsv("contacts", "leader_id,representative_id,date,kind,note\nL1,R1,2026-03-02,VISIT,走访企业\n");

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).extracting(rejected -> rejected.line() + " " + rejected.message())
			.containsExactly("3 kind SMS：应为 VISIT、TALK、MEETING、CALL、EVENT 之一",
					"4 leader_id L2 + representative_id R2：二人没有结对交友，请先导入 friendships 台账",
					"5 date 2024-06-01：早于结对交友开始的日期 2025-01-01",
					"6 leader_id L1 + representative_id R1 + date 2026-03-02 + kind VISIT：与第 2 行重复，同一文件中只能出现一次");
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(values(timeline("L1", false, 1, null), "leader.friends[?(@.representative.id == 'R1')].lastContact"))
			.containsExactly("2026-03-02");
	}

	@Test
	void anOlderFriendshipsFileLeavesEndsAndRecordedContactsAlone() {
		recordContact(this.admin, "L1", "R1", "2026-09-15", "CALL", null);
		endFriendship("L1", "R2", "2026-06-30");

		var reimport = this.admin.importCsv("friendships",
				"leader_id,representative_id,since,last_contact\nL1,R1,2024-01-01,2026-01-01\nL1,R2,2025-01-01,\n");

		assertThat(reimport.rejected()).isEmpty();
		var friends = timeline("L1", true, 1, null);
		assertThat(values(friends, "leader.friends[?(@.representative.id == 'R2')].until")).containsExactly("2026-06-30");
		assertThat(values(friends, "leader.friends[?(@.representative.id == 'R1')].lastContact"))
			.as("the ledger's older last contact does not hide a newer recorded one").containsExactly("2026-09-15");
	}

	@Test
	void costsABoundedNumberOfQueriesWhateverTheNumberOfFriendships() {
		recordContact(this.admin, "L1", "R1", "2026-03-02", "VISIT", null);
		recordContact(this.admin, "L1", "R2", "2026-03-02", "VISIT", null);
		String query = """
				{ leaders: representative(id: "R1") { befriendedBy(includeEnded: true) { leader { name
				    friends { representative { name } contacts(first: 1) { totalCount edges { node { date leader { id } } } } } } } } }
				""";

		this.cypher.reset();
		var response = this.admin.graphQl().document(query).executeSync();

		assertThat(values(response, "leaders.befriendedBy[*].leader.friends[*].contacts.totalCount")).containsOnly(1, 0);
		assertThat(this.cypher.statements())
			.as("sign-in, representative, befriendedBy, leaders, friends with their representatives, contacts, "
					+ "contacts' leaders")
			.isEqualTo(7);
	}

	private ClientGraphQlResponse timeline(String leaderId, boolean includeEnded, int first, String after) {
		var request = this.admin.graphQl()
			.documentName("network/friendship-timeline")
			.variable("id", leaderId)
			.variable("includeEnded", includeEnded)
			.variable("first", first);
		if (after != null) {
			request = request.variable("after", after);
		}
		return request.executeSync();
	}

	private static ClientGraphQlResponse recordContact(TongxinHttp client, String leaderId, String representativeId,
			String date, String kind, String note) {
		var response = client.graphQl()
			.documentName("network/record-contact")
			.variable("input", contact(leaderId, representativeId, date, kind, note))
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private static Map<String, Object> contact(String leaderId, String representativeId, String date, String kind,
			String note) {
		var input = new java.util.HashMap<String, Object>(
				Map.of("leaderId", leaderId, "representativeId", representativeId, "date", date, "kind", kind));
		input.put("note", note);
		return input;
	}

	private ClientGraphQlResponse befriend(String leaderId, String representativeId, String since) {
		var response = this.admin.graphQl()
			.documentName("network/befriend")
			.variable("input", Map.of("leaderId", leaderId, "representativeId", representativeId, "since", since))
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private ClientGraphQlResponse endFriendship(String leaderId, String representativeId, String on) {
		var response = this.admin.graphQl()
			.documentName("network/end-friendship")
			.variable("leaderId", leaderId)
			.variable("representativeId", representativeId)
			.variable("on", on)
			.executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> problems(ClientGraphQlResponse response) {
		String mutation = response.toMap().get("data") instanceof Map<?, ?> data ? (String) data.keySet().iterator().next() : null;
		return (List<Map<String, Object>>) (List<?>) response.field(mutation + ".problems").toEntityList(Map.class);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}

package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
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
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Friendship health over real HTTP, today being 2026-11-25 and the quotas and the 90-day interval the defaults.
 * <ul>
 * <li>L1 (standing committee, district) befriends R1–R5: exactly at quota. R1's last contact was 91 days ago
 * (overdue by one day), R2's 90 days ago (due today, not overdue), R3 has had none since a recent start, R4 none
 * since 2024-01-01.</li>
 * <li>L2 (standing committee, district) befriends R1–R4 and once befriended R8 (ended): one below quota.</li>
 * <li>L3 (Party committee, town A) befriends nobody: two below. L4 (branch committee, town B) befriends R6, last
 * contact a year ago: at quota, overdue.</li>
 * <li>R7 (town A) has never been befriended, R8 (town B) only in the ended friendship.</li>
 * </ul>
 */
@GraphTest
class FriendshipHealthTests {

	static final LocalDate TODAY = GraphTestConfiguration.TODAY;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void aDistrictWithGapsInItsFriendships() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("leaders", """
				id,name,role,level,town_code
				L1,张伟,STANDING_COMMITTEE,DISTRICT,
				L2,王芳,STANDING_COMMITTEE,DISTRICT,
				L3,刘洋,PARTY_COMMITTEE,TOWN,610322100
				L4,陈静,BRANCH_COMMITTEE,VILLAGE,610322101
				""");
		this.admin.importCsv("representatives", """
				id,name,category,level,town_code
				R1,李娜,PRIVATE_ECONOMY,DISTRICT,610322100
				R2,赵磊,PRIVATE_ECONOMY,DISTRICT,610322100
				R3,孙丽,PRIVATE_ECONOMY,DISTRICT,610322100
				R4,周强,INTELLECTUAL,MUNICIPAL,610322101
				R5,吴敏,INTELLECTUAL,DISTRICT,610322101
				R6,郑洁,INTELLECTUAL,DISTRICT,610322101
				R7,冯军,RELIGIOUS,DISTRICT,610322100
				R8,何平,NON_PARTISAN,MUNICIPAL,610322101
				""");
		this.admin.importCsv("friendships", """
				leader_id,representative_id,since,last_contact,until
				L1,R1,2024-01-01,%s,
				L1,R2,2024-01-01,%s,
				L1,R3,2026-10-01,,
				L1,R4,2024-01-01,,
				L1,R5,2024-01-01,2026-11-01,
				L2,R1,2024-01-01,2026-11-20,
				L2,R2,2024-01-01,2026-11-20,
				L2,R3,2024-01-01,2026-11-20,
				L2,R4,2024-01-01,2026-11-20,
				L2,R8,2020-01-01,2020-02-01,2026-01-01
				L4,R6,2024-01-01,2025-11-25,
				""".formatted(TODAY.minusDays(91), TODAY.minusDays(90)));
	}

	@Test
	void listsLeadersBelowTheirQuotaFurthestBelowFirst() {
		var all = belowQuota(this.admin, Map.of());
		var standing = belowQuota(this.admin, Map.of("role", "STANDING_COMMITTEE"));
		var townB = belowQuota(this.admin, Map.of("townCode", "610322101"));

		assertThat(values(all, "leadersBelowQuota.edges[*].node.leader.id")).containsExactly("L3", "L2");
		assertThat(values(all, "leadersBelowQuota.edges[*].node.missing")).containsExactly(2, 1);
		assertThat(values(all, "leadersBelowQuota.edges[*].node.friends")).containsExactly(0, 4);
		assertThat((Object) value(all, "leadersBelowQuota.totalCount")).isEqualTo(2);
		assertThat(values(standing, "leadersBelowQuota.edges[*].node.leader.id")).containsExactly("L2");
		assertThat((Object) value(townB, "leadersBelowQuota.totalCount")).as("L4 is exactly at quota").isEqualTo(0);
	}

	@Test
	void listsRepresentativesNobodyBefriendsNowIncludingThoseWhoseFriendshipEnded() {
		var all = unbefriended(this.admin, Map.of());
		var municipal = unbefriended(this.admin, Map.of("level", "MUNICIPAL"));
		var religious = unbefriended(this.admin, Map.of("category", "RELIGIOUS", "townCode", "610322100"));

		assertThat(values(all, "unbefriendedRepresentatives.edges[*].node.id")).containsExactly("R7", "R8");
		assertThat(values(municipal, "unbefriendedRepresentatives.edges[*].node.id")).containsExactly("R8");
		assertThat(values(religious, "unbefriendedRepresentatives.edges[*].node.id")).containsExactly("R7");
	}

	@Test
	void listsOverdueFriendshipsLongestOverdueFirstCountingFromTheStartWhenNeverContacted() {
		var overdue = overdue(this.admin, Map.of());

		assertThat((Object) value(overdue, "overdueFriendships.totalCount")).isEqualTo(3);
		assertThat(values(overdue, "overdueFriendships.edges[*].node.friendship.representative.id"))
			.containsExactly("R4", "R6", "R1");
		assertThat(values(overdue, "overdueFriendships.edges[*].node.due")).containsExactly("2024-03-31", "2026-02-23",
				TODAY.minusDays(1).toString());
		assertThat(values(overdue, "overdueFriendships.edges[*].node.daysOverdue")).containsExactly(
				(int) ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 31), TODAY), 275, 1);
		assertThat(values(overdue(this.admin, Map.of("days", 91)), "overdueFriendships.edges[*].node.friendship.representative.id"))
			.as("with a 91-day interval R1 is due today").containsExactly("R4", "R6");
		assertThat(values(overdue(this.admin, Map.of("townCode", "610322101")),
				"overdueFriendships.edges[*].node.friendship.representative.id"))
			.as("either person of the town").containsExactly("R4", "R6");
	}

	@Test
	void pagesOverdueFriendshipsWithoutRepeatsOrGaps() {
		var first = overdue(this.admin, Map.of("first", 2));
		String after = value(first, "overdueFriendships.pageInfo.endCursor");
		var second = overdue(this.admin, Map.of("first", 2, "after", after));

		assertThat(values(first, "overdueFriendships.edges[*].node.friendship.representative.id")).containsExactly("R4", "R6");
		assertThat((Object) value(first, "overdueFriendships.pageInfo.hasNextPage")).isEqualTo(true);
		assertThat(values(second, "overdueFriendships.edges[*].node.friendship.representative.id")).containsExactly("R1");
		assertThat((Object) value(second, "overdueFriendships.pageInfo.hasNextPage")).isEqualTo(false);
		var foreign = this.admin.graphQl().documentName("network/leaders-below-quota").variable("after", after).executeSync();
		assertThat(foreign.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

	@Test
	void countsTheSystemPerRoleAndPerCategory() {
		var district = this.admin.graphQl().documentName("network/friendship-health").executeSync();
		var townA = this.admin.graphQl().documentName("network/friendship-health").variable("townCode", "610322100").executeSync();

		assertThat(values(district, "friendshipHealth.byRole[*].role")).containsExactly("STANDING_COMMITTEE", "PARTY_GROUP",
				"PARTY_COMMITTEE", "BRANCH_COMMITTEE");
		assertThat(values(district, "friendshipHealth.byRole[*].quota")).containsExactly(5, 3, 2, 1);
		assertThat(values(district, "friendshipHealth.byRole[*].leaders")).containsExactly(2, 0, 1, 1);
		assertThat(values(district, "friendshipHealth.byRole[*].leadersBelowQuota")).containsExactly(1, 0, 1, 0);
		assertThat(values(district, "friendshipHealth.byRole[*].friendships")).containsExactly(9, 0, 0, 1);
		assertThat(values(district, "friendshipHealth.byRole[*].overdueFriendships")).containsExactly(2, 0, 0, 1);
		assertThat(values(district, "friendshipHealth.byCategory[?(@.representatives > 0)].category"))
			.containsExactly("NON_PARTISAN", "INTELLECTUAL", "RELIGIOUS", "PRIVATE_ECONOMY");
		assertThat(values(district, "friendshipHealth.byCategory[?(@.category == 'INTELLECTUAL')].unbefriended")).containsExactly(0);
		assertThat(values(district, "friendshipHealth.byCategory[?(@.category == 'INTELLECTUAL')].representatives")).containsExactly(3);
		assertThat(List.<Object>of(value(district, "friendshipHealth.leadersBelowQuota"),
				value(district, "friendshipHealth.unbefriendedRepresentatives"),
				value(district, "friendshipHealth.overdueFriendships"), value(district, "friendshipHealth.contactIntervalDays")))
			.containsExactly(2, 2, 3, 90);
		assertThat(List.<Object>of(value(townA, "friendshipHealth.leadersBelowQuota"),
				value(townA, "friendshipHealth.unbefriendedRepresentatives"), value(townA, "friendshipHealth.overdueFriendships")))
			.as("town A: L3; R7; L1–R1").containsExactly(1, 1, 1);
	}

	@Test
	void showsATownBoundUserOnlyTheirTownsAndTheDistrictsLeaders() {
		var viewerOfA = viewerOf(this.admin, TOWN_A);

		assertThat(values(belowQuota(viewerOfA, Map.of()), "leadersBelowQuota.edges[*].node.leader.id")).containsExactly("L3", "L2");
		assertThat(values(unbefriended(viewerOfA, Map.of()), "unbefriendedRepresentatives.edges[*].node.id")).containsExactly("R7");
		assertThat(values(overdue(viewerOfA, Map.of()), "overdueFriendships.edges[*].node.friendship.representative.id"))
			.containsExactly("R1");
		assertThat((Object) value(viewerOfA.graphQl().documentName("network/friendship-health").executeSync(),
				"friendshipHealth.overdueFriendships")).isEqualTo(1);
	}

	@Test
	void refusesAnUnknownTownAndCostsOneQueryPerListBesidesItsFields() {
		var unknown = this.admin.graphQl().documentName("network/friendship-health").variable("townCode", "610322999").executeSync();
		assertThat(unknown.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("townCode 610322999：没有这个镇"));

		this.cypher.reset();
		overdue(this.admin, Map.of("first", 50));
		assertThat(this.cypher.statements()).as("sign-in, the page, its leaders, its representatives").isEqualTo(4);
	}

	private static ClientGraphQlResponse belowQuota(TongxinHttp client, Map<String, Object> variables) {
		return client.graphQl().documentName("network/leaders-below-quota").variables(variables).executeSync();
	}

	private static ClientGraphQlResponse unbefriended(TongxinHttp client, Map<String, Object> variables) {
		return client.graphQl().documentName("network/unbefriended-representatives").variables(variables).executeSync();
	}

	private static ClientGraphQlResponse overdue(TongxinHttp client, Map<String, Object> variables) {
		return client.graphQl().documentName("network/overdue-friendships").variables(variables).executeSync();
	}

}

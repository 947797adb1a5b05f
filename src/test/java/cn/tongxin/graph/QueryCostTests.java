package cn.tongxin.graph;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** What a GraphQL request costs in Cypher round trips: fixed by the shape of the query, not the page size. */
@GraphTest
class QueryCostTests {

	static final String TOWN = "610322100";

	static final String PAGE_OF_VILLAGES = """
			query($first: Int) {
			  unpairedVillages(first: $first) {
			    totalCount
			    edges {
			      node {
			        code town { code name } paired projects { id }
			        pairings { since projects { id } enterprise { name representative { name } pairedVillages { code } } }
			      }
			    }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp api;

	@BeforeEach
	void sixtyVillagesWithEndedPairingsAndAProjectEach() {
		TestGraph.empty(this.neo4j);
		this.api = new TongxinHttp(this.port);
		this.api.importCsv("towns", "code,name\n%s,甲镇\n".formatted(TOWN));
		this.api.importCsv("enterprises", "credit_code,name,town_code\n91610322022725555J,建材有限公司,%s\n".formatted(TOWN));
		var villages = new StringBuilder("code,name,town_code\n");
		var pairings = new StringBuilder("enterprise_credit_code,village_code,since,until\n");
		for (int i = 1; i <= 60; i++) {
			villages.append("%s%03d,第%d村,%s\n".formatted(TOWN, i, i, TOWN));
			pairings.append("91610322022725555J,%s%03d,2019-01-01,2020-01-01\n".formatted(TOWN, i));
		}
		var projects = new StringBuilder("id,name,enterprise_credit_code,village_code,status\n");
		for (int i = 1; i <= 60; i++) {
			projects.append("P%03d,项目%d,91610322022725555J,%s%03d,COMPLETED\n".formatted(i, i, TOWN, i));
		}
		this.api.importCsv("villages", villages.toString());
		this.api.importCsv("pairings", pairings.toString());
		this.api.importCsv("projects", projects.toString());
		this.api.importCsv("representatives",
				"id,name,category,level,enterprise_credit_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT,91610322022725555J\n");
	}

	@Test
	void costsTheSameForAPageOfFiveAndAPageOfFifty() {
		int small = statementsFor(5);
		int large = statementsFor(50);

		// signing the user in, the page (with the villages' towns), then one batch per field: paired, projects,
		// pairings (with their enterprise), their projects, the enterprise's representative, and its paired villages
		// (its pairings, then those villages)
		assertThat(small).isEqualTo(9);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void readsTheTownOfATownsVillagesOnceInARequest() {
		TongxinHttp program = signedInWithAToken();
		this.cypher.reset();

		var response = program.graphQl()
			.document("{ town(code: \"%s\") { name villages { code town { code name } } } }".formatted(TOWN))
			.executeSync();

		assertThat(values(response, "town.villages[*].town.name")).hasSize(60).containsOnly("甲镇");
		// the town, then its villages: each village's town is the one already read
		assertThat(this.cypher.statements()).isEqualTo(2);
	}

	@Test
	void readsALeadersFriendsWithTheirFriendships() {
		this.api.importCsv("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		this.api.importCsv("friendships", "leader_id,representative_id,since\nL1,R1,2024-01-01\n");
		TongxinHttp program = signedInWithAToken();
		this.cypher.reset();

		var response = program.graphQl()
			.document("{ leader(id: \"L1\") { name friends { since representative { id name category } } } }")
			.executeSync();

		assertThat(values(response, "leader.friends[*].representative.name")).containsExactly("李娜");
		// the leader, then the friendships with each friend's record
		assertThat(this.cypher.statements()).isEqualTo(2);
	}

	@Test
	void readsTheEnterprisesOfAVillagesPairingsWithThem() {
		TongxinHttp program = signedInWithAToken();
		this.cypher.reset();

		var response = program.graphQl()
			.document("{ town(code: \"%s\") { villages { code pairings { since enterprise { creditCode name } } } } }"
				.formatted(TOWN))
			.executeSync();

		assertThat(values(response, "town.villages[*].pairings[*].enterprise.name")).hasSize(60)
			.containsOnly("建材有限公司");
		// the town, its villages, then their pairings with each pairing's enterprise
		assertThat(this.cypher.statements()).isEqualTo(3);
	}

	@Test
	void readsInReadOnlyTransactions() {
		this.api.importCsv("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		this.api.importCsv("friendships", "leader_id,representative_id,since\nL1,R1,2024-01-01\n");
		this.cypher.reset();

		for (var document : List.of(this.api.graphQl().document(PAGE_OF_VILLAGES).variable("first", 10),
				this.api.graphQl().documentName("coverage/coverage"),
				this.api.graphQl().documentName("coverage/coverage").variable("townCode", TOWN),
				this.api.graphQl().documentName("coverage/unpaired-villages").variable("townCode", TOWN),
				this.api.graphQl().documentName("place/towns"),
				this.api.graphQl().documentName("place/town").variable("code", TOWN),
				this.api.graphQl().documentName("place/village").variable("code", TOWN + "001"),
				this.api.graphQl().documentName("enterprise/enterprise").variable("creditCode", "91610322022725555J"),
				this.api.graphQl().documentName("network/leader-friends").variable("id", "L1"),
				this.api.graphQl().documentName("network/representative-befriended-by").variable("id", "R1"),
				this.api.graphQl().document("{ project(id: \"P001\") { name enterprise { name } village { name } } }"))) {
			assertThat(document.executeSync().getErrors()).isEmpty();
		}

		assertThat(this.cypher.sessionModes()).hasSizeGreaterThan(20).containsOnly(AccessMode.READ);
	}

	@Test
	void runsAQueryInOneReadTransactionThatEveryDataFetcherAndBatchLoaderJoins() {
		this.api.importCsv("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		this.api.importCsv("friendships", "leader_id,representative_id,since\nL1,R1,2024-01-01\n");
		TongxinHttp program = signedInWithAToken();

		for (var document : List.of(program.graphQl().document(PAGE_OF_VILLAGES).variable("first", 10),
				program.graphQl().documentName("network/leader-friends").variable("id", "L1"),
				program.graphQl().document("{ town(code: \"%s\") { name villages { code pairings { since } } } }"
					.formatted(TOWN)))) {
			this.cypher.reset();
			assertThat(document.executeSync().getErrors()).isEmpty();

			assertThat(this.cypher.statements()).as("statements").isGreaterThanOrEqualTo(3);
			assertOneTransactionEnded(AccessMode.READ);
		}
	}

	@Test
	void beginsNoTransactionForAQueryThatAsksOnlyForTypeNamesOrTheSchema() {
		TongxinHttp program = signedInWithAToken();
		this.cypher.reset();

		assertThat(program.graphQl().document("{ __typename }").executeSync().getErrors()).isEmpty();
		assertThat(program.graphQl().document("{ __schema { queryType { name } } }").executeSync().getErrors())
			.isEmpty();

		assertThat(this.cypher.transactionModes()).isEmpty();
	}

	@Test
	void endsTheReadTransactionOfAQueryThatFailsAndLeavesMutationsTheirOwnWriteTransaction() {
		TongxinHttp program = signedInWithAToken();
		for (int i = 1; i <= 4; i++) {
			String spare = this.api.graphQl()
				.document("mutation($name: String!) { createApiToken(input: { name: $name }) { apiToken { id } } }")
				.variable("name", "备用" + i)
				.executeSync()
				.field("createApiToken.apiToken.id")
				.toEntity(String.class);
			this.cypher.reset();
			// the town is read, then the network's start is looked up, not found, and refused
			var failed = program.graphQl()
				.document("{ town(code: \"%s\") { name } network(id: \"nobody\") { truncated } }".formatted(TOWN))
				.executeSync();
			assertThat(failed.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("nobody"));
			assertOneTransactionEnded(AccessMode.READ);

			this.cypher.reset();
			var revoked = program.graphQl()
				.document("mutation($id: ID!) { revokeApiToken(id: $id) { problems { message } } }")
				.variable("id", spare)
				.executeSync();
			assertThat(values(revoked, "revokeApiToken.problems")).isEmpty();
			assertOneTransactionEnded(AccessMode.WRITE);
		}
		assertThat(values(program.graphQl().document("{ apiTokens { name } }").executeSync(), "apiTokens[*].name"))
			.contains("程序")
			.doesNotContain("备用1", "备用2", "备用3", "备用4");
	}

	/** A program signed in with an API token, known to the service: its requests sign in without a statement. */
	private TongxinHttp signedInWithAToken() {
		var created = this.api.graphQl()
			.document("mutation { createApiToken(input: { name: \"程序\" }) { token } }")
			.executeSync();
		TongxinHttp program = this.api.withToken(created.field("createApiToken.token").toEntity(String.class));
		assertThat(program.graphQl().document("{ towns { code } }").executeSync().getErrors()).isEmpty();
		await().atMost(Duration.ofSeconds(5))
			.until(() -> this.cypher.transactionsEnded() >= this.cypher.transactionModes().size());
		return program;
	}

	/** The transaction is completed once the answer is written, which may be a moment after the client reads it. */
	private void assertOneTransactionEnded(AccessMode mode) {
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.cypher.transactionsEnded()).isEqualTo(1));
		assertThat(this.cypher.transactionModes()).containsExactly(mode);
	}

	private int statementsFor(int first) {
		this.cypher.reset();
		var response = this.api.graphQl().document(PAGE_OF_VILLAGES).variable("first", first).executeSync();
		assertThat(values(response, "unpairedVillages.edges[*].node.pairings[0].enterprise.name")).hasSize(first);
		return this.cypher.statements();
	}

}

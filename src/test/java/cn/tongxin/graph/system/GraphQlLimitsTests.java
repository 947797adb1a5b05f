package cn.tongxin.graph.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one request may ask, over real HTTP: depth, complexity, size, time, and hostile text. */
@GraphTest
class GraphQlLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Driver driver;

	TongxinHttp admin;

	@BeforeEach
	void oneTown() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
	}

	@Test
	void refusesAQueryNestedDeeperThanTen() {
		String ten = "{ towns { coverage { town { coverage { town { coverage { town { coverage { town { code } } } } } } } } } }";
		String eleven = "{ towns { coverage { town { coverage { town { coverage { town { coverage { town { coverage { villages } } } } } } } } } } }";

		assertThat(this.admin.graphQl().document(ten).executeSync().getErrors()).isEmpty();
		assertThat(this.admin.graphQl().document(eleven).executeSync().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).containsIgnoringCase("depth"));
	}

	@Test
	void refusesAQueryAskingForTooMuch() {
		var small = new StringBuilder("{");
		var large = new StringBuilder("{");
		for (int i = 0; i < 600; i++) {
			(i < 400 ? small : large).append(" t").append(i).append(": towns { code }");
			if (i < 400) {
				large.append(" t").append(i).append(": towns { code }");
			}
		}

		assertThat(this.admin.graphQl().document(small.append("}").toString()).executeSync().getErrors()).isEmpty();
		assertThat(this.admin.graphQl().document(large.append("}").toString()).executeSync().getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).containsIgnoringCase("complexity"));
	}

	@Test
	void refusesADocumentOverItsCostBudgetBeforeAnythingRuns() {
		int signingIn = cypherOfRequestsThatReadNothing(1);
		var attacks = List.of(aliases(300, "network(id: \"610322100\", depth: 3, limit: 1000) { nodes { id } }"),
				aliases(100, "keyConnectors { id }"), aliases(500, "coverage { byTown { ratio } }"),
				aliases(100, "coverage { byTown { town { villages { code } } } }"));

		for (String attack : attacks) {
			this.cypher.reset();
			var response = this.admin.graphQl().document(attack).executeSync();

			assertThat(response.getErrors()).as(attack.substring(0, 60)).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("请求的计算量至少为 ")
					.contains("超过每个请求的上限 10000"));
			assertThat((Object) response.getData()).isNull();
			assertThat(this.cypher.statements()).as("only the sign-in").isEqualTo(signingIn);
		}
	}

	@Test
	void checksAKeptDocumentsCostWithEachRequestsVariables() {
		// the same text each time: parsed and validated once, its cost weighed with each request's variables
		String document = """
				query($depth: Int!, $limit: Int!) {
				  a: network(id: "610322100", depth: $depth, limit: $limit) { nodes { id } }
				  b: network(id: "610322100", depth: $depth, limit: $limit) { nodes { id } }
				  c: network(id: "610322100", depth: $depth, limit: $limit) { nodes { id } }
				  d: network(id: "610322100", depth: $depth, limit: $limit) { nodes { id } } }""";

		for (int round = 0; round < 2; round++) {
			var honest = this.admin.graphQl().document(document).variable("depth", 1).variable("limit", 10).executeSync();
			var greedy = this.admin.graphQl().document(document).variable("depth", 3).variable("limit", 1000)
				.executeSync();

			assertThat(honest.getErrors()).as("round " + round).isEmpty();
			assertThat(greedy.getErrors()).as("round " + round).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).startsWith("请求的计算量至少为 "));
		}
		String invalid = "{ towns { noSuchField } }";
		for (int round = 0; round < 2; round++) {
			assertThat(this.admin.graphQl().document(invalid).executeSync().getErrors()).as("round " + round)
				.singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("noSuchField"));
		}
	}

	@Test
	void acceptsWhatTheWorkbenchAndAnHonestClientAsk() {
		String networkFields = "{ nodes { id kind label properties { key value } } edges { from to type } truncated }";
		String explore = "{ centre: network(id: \"610322100\", depth: 2, limit: 200) " + networkFields
				+ aliases(20, "network(id: \"610322100\", depth: 1, limit: 200) " + networkFields).substring(1);
		var honest = List.of("""
				{ coverage { villages pairedVillages unpairedVillages ratio
				             byTown { town { code name } villages pairedVillages unpairedVillages ratio } }
				  coverageTrend(from: "2025-01-01", interval: MONTH) { date ratio }
				  coverageByKind { kind villages pairedVillages unpairedVillages ratio }
				  projectSummary { total { projects investmentWan planned inProgress completed } } }""",
				"{ network(id: \"610322100\", depth: 3, limit: 1000) { nodes { id kind label properties { key value } } edges { from to type properties { key value } } truncated } }",
				"{ keyConnectors(first: 100) { id kind name degree betweenness } }",
				"""
				{ town(code: "610322100") { name coverage { villages pairedVillages unpairedVillages ratio } }
				  planningWorksheet(townCode: "610322100", suggestions: 3) { village { code name kind households }
				    suggestions { enterprise { creditCode name } score distanceKm reason
				                  parts { distance sameTown industryFit load warmIntroduction } } } }""",
				"""
				{ unpairedVillages(townCode: "610322100", first: 50) { totalCount
				    edges { node { code name kind households nearestEnterprises(first: 1) { enterprise { name } distanceKm } } }
				    pageInfo { hasNextPage endCursor } } }""",
				"{ towns { code name villages { code name pairings { since enterprise { name } } } } }", explore);

		for (String document : honest) {
			assertThat(this.admin.graphQl().document(document).executeSync().getErrors()).as(document).isEmpty();
		}
	}

	@Test
	void refusesARequestBodyOverTheLimit() {
		String padding = " ".repeat(70 * 1024);

		HttpResponse<String> response = this.admin.send(graphQl("{\"query\":\"{ towns { code } }" + padding + "\"}"));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("请求过大");
	}

	@Test
	void handsTheTimeoutToNeo4jWithEveryTransaction() {
		this.cypher.reset();

		this.admin.graphQl().documentName("coverage/coverage").executeSync();

		assertThat(this.cypher.transactionTimeouts()).isNotEmpty()
			.allSatisfy(timeout -> assertThat(timeout).hasValueSatisfying(
					seconds -> assertThat(seconds).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30))));
	}

	@Test
	void beginsNoTransactionForARequestThatHasRunOutOfTime() {
		var transaction = new TransactionTemplate(this.transactions);
		transaction.setReadOnly(true);

		assertThatThrownBy(() -> RequestDeadline.within(Instant.now().minusSeconds(1),
				() -> transaction.execute(status -> this.neo4j.query("RETURN 1").fetch().one())))
			.hasRootCauseInstanceOf(RequestDeadline.RequestTimedOut.class);
		Optional<Map<String, Object>> row = RequestDeadline.within(Instant.now().plusSeconds(30),
				() -> transaction.execute(status -> this.neo4j.query("RETURN 1 AS one").fetch().one()));
		assertThat(row).hasValueSatisfying(one -> assertThat(one).containsEntry("one", 1L));
	}

	@Test
	void answersATrendOverAnyDatesWithAClearErrorAndBuildsNothing() {
		String trend = "{ coverageTrend(from: \"%s\", to: \"%s\") { date } }";
		int signingIn = cypherOfRequestsThatReadNothing(2);

		var extreme = this.admin.graphQl().document(trend.formatted("-999999999-01-01", "+999999999-12-31")).executeSync();
		var widest = this.admin.graphQl().document(trend.formatted("1900-01-01", "2100-12-31")).executeSync();

		assertThat(extreme.getErrors()).isNotEmpty()
			.allSatisfy(error -> assertThat(error.getMessage()).contains("1900-01-01 到 2100-12-31"));
		assertThat(widest.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("最多 240 个时间点，这里有 2412 个"));
		assertThat(this.cypher.statements()).as("only the sign-ins").isEqualTo(signingIn);
		assertThat(values(this.admin.graphQl().document(trend.formatted("2026-01-01", "2026-03-31")).executeSync(),
				"coverageTrend[*].date")).containsExactly("2026-01-31", "2026-02-28", "2026-03-31");
	}

	@Test
	void takesCypherLookingTextAsAValueAndNothingMore() {
		var response = this.admin.graphQl()
			.document("{ village(code: \"') MATCH (n) DETACH DELETE n //\") { code } town(code: \"610322100' OR 1=1 //\") { code } }")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat((Object) response.field("village").getValue()).isNull();
		assertThat((Object) response.field("town").getValue()).isNull();
		assertThat(values(this.admin.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code"))
			.containsExactly("610322100");
	}

	@Test
	void answersPerTheGraphQlOverHttpSpecification() {
		HttpResponse<String> ok = this.admin.send(graphQl("{\"query\":\"{ towns { code } }\"}")
			.header("Accept", "application/graphql-response+json"));
		HttpResponse<String> unparsable = this.admin.send(graphQl("{\"query\":\"{ towns { code \"}")
			.header("Accept", "application/graphql-response+json"));
		HttpResponse<String> unparsableForAPlainJsonClient = this.admin.send(graphQl("{\"query\":\"{ towns { code \"}")
			.header("Accept", "application/json"));

		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(unparsable.statusCode()).isEqualTo(400);
		assertThat(unparsable.body()).contains("errors").doesNotContain("Exception").doesNotContain("at cn.");
		assertThat(unparsableForAPlainJsonClient.statusCode()).isEqualTo(200);
		assertThat(unparsableForAPlainJsonClient.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
	}

	@Test
	void letsNobodyIntrospectWithoutSigningIn() {
		var anonymous = new TongxinHttp(this.port, null, null);

		HttpResponse<String> response = anonymous.send(graphQl("{\"query\":\"{ __schema { types { name } } }\"}"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(this.admin.graphQl().document("{ __schema { queryType { name } } }").executeSync().getErrors()).isEmpty();
	}

	@Test
	void endsTheWorkOfARequestWhoseClientHasGone() throws IOException {
		this.admin.createUser("leaver", "VIEWER", false, List.of("610322100"));

		try (Session session = this.driver.session(); Transaction holding = session.beginTransaction()) {
			holding.run(HOLD_THE_USER, Map.of("username", "leaver")).consume();
			try (Socket client = postAsAdmin(GIVE_PII.formatted("leaver"))) {
				await().atMost(Duration.ofSeconds(10)).until(() -> requestTransactions().contains("blocked"));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> requestTransactions().isEmpty());
			holding.rollback();
		}

		assertThat(this.neo4j.query("MATCH (u:User {username: 'leaver'}) RETURN u.pii").fetchAs(Boolean.class).one())
			.hasValue(false);
	}

	@Test
	void answersAClientThatWaitsInFull() throws IOException {
		this.admin.createUser("stayer", "VIEWER", false, List.of("610322100"));
		String head;
		String body;

		try (Session session = this.driver.session(); Transaction holding = session.beginTransaction()) {
			holding.run(HOLD_THE_USER, Map.of("username", "stayer")).consume();
			try (Socket client = postAsAdmin(GIVE_PII.formatted("stayer"))) {
				await().atMost(Duration.ofSeconds(10)).until(() -> requestTransactions().contains("blocked"));
				// the answer begins when the service first checks that the client is still there
				head = readHead(client.getInputStream());
				holding.rollback();
				body = readChunks(client.getInputStream());
			}
		}

		assertThat(head).startsWith("HTTP/1.1 200")
			.containsIgnoringCase("Content-Type: application/graphql-response+json")
			.containsIgnoringCase("X-Content-Type-Options: nosniff");
		Map<?, ?> answer = JsonMapper.builder().build().readValue(body, Map.class);
		assertThat(answer.containsKey("errors")).as("errors in " + body).isFalse();
		assertThat((Boolean) JsonPath.read(answer, "$.data.updateUser.user.pii")).isTrue();
	}

	/** A write lock on a user, held by another transaction: a request changing that user waits for it. */
	private static final String HOLD_THE_USER = "MATCH (u:User {username: $username}) SET u.pii = u.pii";

	private static final String GIVE_PII = """
			{"query": "mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { pii } problems { message } } }",
			 "variables": {"input": {"username": "%s", "pii": true}}}""";

	/** Whether each transaction a GraphQL request is running now is blocked (waiting for a lock) or running. */
	private List<String> requestTransactions() {
		try (Session session = this.driver.session()) {
			return session.run("""
					SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.tongxinRequest IS NOT NULL
					RETURN CASE WHEN status STARTS WITH 'Blocked' THEN 'blocked' ELSE 'running' END AS state""")
				.list(row -> row.get("state").asString());
		}
	}

	/** A GraphQL POST over a bare socket, signed in as the administrator, which the caller reads or closes. */
	private Socket postAsAdmin(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String basic = Base64.getEncoder()
			.encodeToString(("admin:" + GraphTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		var socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(10_000);
		socket.getOutputStream()
			.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + basic
					+ "\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json"
					+ "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().write(body);
		socket.getOutputStream().flush();
		return socket;
	}

	/** The status line and headers of an answer. */
	private static String readHead(InputStream in) throws IOException {
		var head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int next = in.read();
			assertThat(next).as("the answer's headers end").isNotNegative();
			head.append((char) next);
		}
		return head.toString();
	}

	/** A chunked body, to its last chunk. */
	private static String readChunks(InputStream in) throws IOException {
		var body = new ByteArrayOutputStream();
		for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
			body.write(in.readNBytes(size));
			in.readNBytes(2);
		}
		return body.toString(StandardCharsets.UTF_8);
	}

	private static int chunkSize(InputStream in) throws IOException {
		var line = new StringBuilder();
		for (int next = in.read(); next != '\n'; next = in.read()) {
			assertThat(next).as("the chunk's size line ends").isNotNegative();
			line.append((char) next);
		}
		return Integer.parseInt(line.toString().trim(), 16);
	}

	/** The statements {@code requests} requests cost that ask for no data (signing in is all), counted afresh. */
	private int cypherOfRequestsThatReadNothing(int requests) {
		this.cypher.reset();
		for (int i = 0; i < requests; i++) {
			this.admin.graphQl().document("{ __typename }").executeSync();
		}
		int statements = this.cypher.statements();
		this.cypher.reset();
		return statements;
	}

	/** One document asking {@code times} times for {@code field}, each under its own alias. */
	private static String aliases(int times, String field) {
		var document = new StringBuilder("{");
		for (int i = 0; i < times; i++) {
			document.append(" a").append(i).append(": ").append(field);
		}
		return document.append(" }").toString();
	}

	private HttpRequest.Builder graphQl(String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

}

package cn.tongxin.graph.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** What one request may ask, over real HTTP: depth, complexity, size, time, and hostile text. */
@GraphTest
class GraphQlLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void oneTown() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
	}

	@Test
	void refusesAQueryNestedDeeperThanTen() {
		String ten = "{ towns { villages { town { villages { town { villages { town { villages { town { code } } } } } } } } } }";
		String eleven = "{ towns { villages { town { villages { town { villages { town { villages { town { villages { code } } } } } } } } } } }";

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
			.containsOnly(Optional.of(Duration.ofSeconds(30)));
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

	private HttpRequest.Builder graphQl(String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

}

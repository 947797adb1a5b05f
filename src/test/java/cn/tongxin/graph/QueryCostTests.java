package cn.tongxin.graph;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** What a GraphQL request costs in Cypher round trips: fixed by the shape of the query, not the page size. */
@GraphTest
class QueryCostTests {

	static final String TOWN = "610322100";

	static final String PAGE_OF_VILLAGES = """
			query($first: Int) {
			  unpairedVillages(first: $first) {
			    totalCount
			    edges { node { code town { code name } paired pairings { since enterprise { name } projects { id } } } }
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
	void sixtyVillagesWithEndedPairings() {
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
		this.api.importCsv("villages", villages.toString());
		this.api.importCsv("pairings", pairings.toString());
	}

	@Test
	void costsTheSameForAPageOfFiveAndAPageOfFifty() {
		int small = statementsFor(5);
		int large = statementsFor(50);

		// the page, then one batch each for towns, paired, pairings, their enterprises and their projects
		assertThat(small).isEqualTo(6);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void readsInReadOnlyTransactions() {
		this.cypher.reset();

		this.api.graphQl().document(PAGE_OF_VILLAGES).variable("first", 10).executeSync();
		this.api.graphQl().documentName("coverage/coverage").executeSync();
		this.api.graphQl().documentName("place/towns").executeSync();

		assertThat(this.cypher.sessionModes()).isNotEmpty().containsOnly(AccessMode.READ);
	}

	private int statementsFor(int first) {
		this.cypher.reset();
		var response = this.api.graphQl().document(PAGE_OF_VILLAGES).variable("first", first).executeSync();
		assertThat(values(response, "unpairedVillages.edges[*].node.pairings[0].enterprise.name")).hasSize(first);
		return this.cypher.statements();
	}

}

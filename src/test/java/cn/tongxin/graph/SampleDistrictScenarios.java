package cn.tongxin.graph;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The contract's sample district, imported over HTTP into an empty store, then every core question asked over
 * GraphQL over HTTP. The expected figures were worked out from the CSV files by hand (and by a script outside
 * the service), not by the service. Subclasses decide which Neo4j the application talks to.
 */
abstract class SampleDistrictScenarios {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp api;

	@BeforeEach
	void importSampleDistrict() {
		TestGraph.empty(this.neo4j);
		this.api = new TongxinHttp(this.port);
		this.api.importWholeSample();
	}

	@Test
	void coversTheDistrictAndEachTown() {
		var coverage = this.api.graphQl().documentName("coverage/coverage").executeSync();

		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(30);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(28);
		assertThat(coverage.field("coverage.unpairedVillages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(coverage.field("coverage.ratio").toEntity(Double.class)).isCloseTo(28.0 / 30, within(1e-9));
		assertThat(values(coverage, "coverage.byTown[*].town.code"))
			.containsExactly("610322100", "610322101", "610322102");
		assertThat(values(coverage, "coverage.byTown[*].villages")).containsExactly(16, 6, 8);
		assertThat(values(coverage, "coverage.byTown[*].pairedVillages"))
			.containsExactly(15, 5, 8);
	}

	@Test
	void coversOneTown() {
		var coverage = this.api.graphQl()
			.documentName("coverage/coverage")
			.variable("townCode", "610322101")
			.executeSync();

		assertThat(coverage.field("coverage.villages").toEntity(Integer.class)).isEqualTo(6);
		assertThat(coverage.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(5);
		assertThat(values(coverage, "coverage.byTown[*].town.code"))
			.containsExactly("610322101");
	}

	@Test
	void listsTheUnpairedVillages() {
		var page = this.api.graphQl().documentName("coverage/unpaired-villages").executeSync();

		assertThat(page.field("unpairedVillages.totalCount").toEntity(Integer.class)).isEqualTo(2);
		assertThat(values(page, "unpairedVillages.edges[*].node.code"))
			.containsExactly("610322100214", "610322101204");
		assertThat(values(page, "unpairedVillages.edges[*].node.paired"))
			.containsOnly(false);
	}

	@Test
	void countsAVillageWithAnEndedAndACurrentPairingAsPaired() {
		var village = this.api.graphQl()
			.documentName("place/village")
			.variable("code", "610322100208")
			.executeSync();

		assertThat(village.field("village.paired").toEntity(Boolean.class)).isTrue();
		assertThat(values(village, "village.pairings[*].enterprise.creditCode"))
			.containsExactly("91610322254170851K", "916103220168474769");
		assertThat(values(village, "village.pairings[*].ended")).containsExactly(true, false);
		assertThat(village.field("village.pairings[0].until").toEntity(String.class)).isEqualTo("2022-07-10");
		assertThat(values(village, "village.pairings[*].projects[*].id"))
			.containsExactly("P0051");
	}

	@Test
	void answersWhomALeaderBefriends() {
		var leader = this.api.graphQl()
			.documentName("network/leader-friends")
			.variable("id", "L00001")
			.executeSync();

		assertThat(values(leader, "leader.friends[*].representative.id"))
			.containsExactly("R00023", "R00004", "R00021", "R00047");
		assertThat(leader.field("leader.friends[0].since").toEntity(String.class)).isEqualTo("2024-01-01");
		assertThat(leader.field("leader.friends[0].lastContact").toEntity(String.class)).isEqualTo("2024-02-21");
	}

	@Test
	void answersWhoBefriendsARepresentative() {
		var representative = this.api.graphQl()
			.documentName("network/representative-befriended-by")
			.variable("id", "R00004")
			.executeSync();

		assertThat(values(representative, "representative.befriendedBy[*].leader.id"))
			.containsExactlyInAnyOrder("L00001", "L00007", "L00024");
	}

	@Test
	void showsWhoRunsAnEnterpriseAndWhereItIsPaired() {
		var enterprise = this.api.graphQl()
			.documentName("enterprise/enterprise")
			.variable("creditCode", "9161032268961727XX")
			.executeSync();

		assertThat(enterprise.field("enterprise.representative.id").toEntity(String.class)).isEqualTo("R00017");
		assertThat(enterprise.field("enterprise.town.code").toEntity(String.class)).isEqualTo("610322100");
		assertThat(values(enterprise, "enterprise.pairedVillages[*].code"))
			.containsExactly("610322102202");
	}

	@Test
	void answersNullForUnknownCodes() {
		ClientGraphQlResponse response = this.api.graphQl()
			.document("{ village(code: \"999999999999\") { code } town(code: \"1\") { code } "
					+ "enterprise(creditCode: \"x\") { name } leader(id: \"nobody\") { name } "
					+ "representative(id: \"nobody\") { name } project(id: \"none\") { name } }")
			.executeSync();

		assertThat(response.getErrors()).isEmpty();
		assertThat((Object) response.field("village").getValue()).isNull();
		assertThat((Object) response.field("town").getValue()).isNull();
		assertThat((Object) response.field("enterprise").getValue()).isNull();
		assertThat((Object) response.field("leader").getValue()).isNull();
		assertThat((Object) response.field("representative").getValue()).isNull();
		assertThat((Object) response.field("project").getValue()).isNull();
	}

	@Test
	void reimportingTheSampleChangesNothing() {
		long nodes = count("MATCH (n) RETURN count(n)");
		long relationships = count("MATCH ()-[r]->() RETURN count(r)");
		for (String kind : List.of("towns", "villages", "enterprises", "leaders", "representatives", "friendships",
				"pairings", "projects")) {
			var report = this.api.importSample(kind);
			assertThat(report.created() + report.updated()).as(kind).isZero();
			assertThat(report.unchanged()).as(kind).isPositive();
		}
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}

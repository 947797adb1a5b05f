package cn.tongxin.graph.deletion;


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
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.editorOf;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Soft deletes keep history and leave every query; only an administrator purges; roles and towns apply. */
@GraphTest
class DeletionTests {

	static final String VILLAGE = "610322100001";

	static final String DELETE = "mutation($code: ID!) { deleteVillage(code: $code) { deleted problems { message } } }";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	TongxinHttp editorOfB;

	TongxinHttp viewerOfA;

	@BeforeEach
	void aPairedVillage() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", "code,name,town_code\n%s,甲一村,610322100\n610322100002,甲二村,610322100\n".formatted(VILLAGE));
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n91610322022725555J,建材有限公司,610322100\n");
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n91610322022725555J,%s,2024-01-01\n".formatted(VILLAGE));
		this.editorOfB = editorOf(this.admin, TOWN_B);
		this.viewerOfA = viewerOf(this.admin, TOWN_A);
	}

	@Test
	void takesADeletedVillageOutOfEveryQueryButKeepsItAsHistory() {
		var deleted = this.admin.graphQl().document(DELETE).variable("code", VILLAGE).executeSync();

		assertThat(deleted.field("deleteVillage.deleted").toEntity(Boolean.class)).isTrue();
		var after = this.admin.graphQl()
			.document("{ village(code: \"%s\") { code } coverage { villages pairedVillages } enterprise(creditCode: \"91610322022725555J\") { pairedVillages { code } } }"
				.formatted(VILLAGE))
			.executeSync();
		assertThat((Object) after.field("village").getValue()).isNull();
		assertThat(after.field("coverage.villages").toEntity(Integer.class)).isEqualTo(1);
		assertThat(after.field("coverage.pairedVillages").toEntity(Integer.class)).isZero();
		assertThat(values(after, "enterprise.pairedVillages")).isEmpty();
		assertThat(count("MATCH (:Enterprise)-[:PAIRED_WITH]->(v:DeletedVillage {code: '%s'}) RETURN count(v)".formatted(VILLAGE)))
			.isEqualTo(1);
		var audit = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"delete\"}) { edges { node { username kind keys } } } }")
			.executeSync();
		assertThat(values(audit, "auditLog.edges[*].node.keys[0]")).containsExactly(VILLAGE);
	}

	@Test
	void letsOnlyEditorsOfTheVillagesTownDeleteIt() {
		var viewer = this.viewerOfA.graphQl().document(DELETE).variable("code", VILLAGE).executeSync();
		var otherTown = this.editorOfB.graphQl().document(DELETE).variable("code", VILLAGE).executeSync();

		assertThat(viewer.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(otherTown.field("deleteVillage.deleted").toEntity(Boolean.class)).isFalse();
		assertThat(otherTown.field("deleteVillage.problems[0].message").toEntity(String.class))
			.isEqualTo("没有这个村（社区）「%s」，或它不在您负责的镇".formatted(VILLAGE));
		assertThat(count("MATCH (v:Village {code: '%s'}) RETURN count(v)".formatted(VILLAGE))).isEqualTo(1);
	}

	@Test
	void purgesDeletedRecordsOnlyForAnAdministrator() {
		this.admin.graphQl().document(DELETE).variable("code", VILLAGE).executeSync();
		String purge = "mutation { purgeDeleted { purged } }";

		var refused = this.editorOfB.graphQl().document(purge).executeSync();
		var purged = this.admin.graphQl().document(purge).executeSync();

		assertThat(refused.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		assertThat(purged.field("purgeDeleted.purged").toEntity(Integer.class)).isEqualTo(1);
		assertThat(count("MATCH (v:DeletedVillage) RETURN count(v)")).isZero();
		assertThat(count("MATCH (:Enterprise)-[p:PAIRED_WITH]->() RETURN count(p)")).isZero();
	}

	@Test
	void letsADeletedVillageBeImportedAgainAsANewRecord() {
		this.admin.graphQl().document(DELETE).variable("code", VILLAGE).executeSync();

		var report = this.admin.importCsv("villages", "code,name,town_code\n%s,甲一村,610322100\n".formatted(VILLAGE));

		assertThat(report.created()).isEqualTo(1);
		assertThat(count("MATCH (v:Village {code: '%s'}) RETURN count(v)".formatted(VILLAGE))).isEqualTo(1);
		assertThat(count("MATCH (v:DeletedVillage {code: '%s'}) RETURN count(v)".formatted(VILLAGE))).isEqualTo(1);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}

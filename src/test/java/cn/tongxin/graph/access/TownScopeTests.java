package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 属地管理 over real HTTP: users of town A see and change only town A, through every query and the import; the
 * administrator, bound to no town, sees both. Town B is the denied case throughout.
 */
@GraphTest
class TownScopeTests {

	static final String A = "610322100";

	static final String B = "610322101";

	static final String VILLAGE_A = "610322100001";

	static final String VILLAGE_A_UNPAIRED = "610322100002";

	static final String VILLAGE_B = "610322101001";

	static final String ENTERPRISE_A = "91610322022725555J";

	/** An enterprise of town B paired with a village of town A. */
	static final String ENTERPRISE_B_PAIRED_WITH_A = "91610322557257081K";

	static final String ENTERPRISE_B = "916103225907754626";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	TongxinHttp editorOfA;

	@BeforeEach
	void twoTowns() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		ok("towns", "code,name\n%s,甲镇\n%s,乙镇\n".formatted(A, B));
		ok("villages", "code,name,town_code\n%s,甲一村,%s\n%s,甲二村,%s\n%s,乙一村,%s\n"
			.formatted(VILLAGE_A, A, VILLAGE_A_UNPAIRED, A, VILLAGE_B, B));
		ok("enterprises", "credit_code,name,town_code\n%s,甲企业,%s\n%s,乙企业一,%s\n%s,乙企业二,%s\n"
			.formatted(ENTERPRISE_A, A, ENTERPRISE_B_PAIRED_WITH_A, B, ENTERPRISE_B, B));
		ok("leaders", ("id,name,role,level,town_code\nL-D,区领导,STANDING_COMMITTEE,DISTRICT,\n"
				+ "L-A,甲镇领导,PARTY_COMMITTEE,TOWN,%s\nL-B,乙镇领导,PARTY_COMMITTEE,TOWN,%s\n").formatted(A, B));
		ok("representatives", ("id,name,category,level,town_code\nR-A,甲代表,INTELLECTUAL,DISTRICT,%s\n"
				+ "R-B,乙代表,INTELLECTUAL,DISTRICT,%s\n").formatted(A, B));
		ok("friendships", "leader_id,representative_id,since\nL-D,R-A,2024-01-01\nL-D,R-B,2024-01-01\n"
				+ "L-A,R-A,2024-01-01\nL-B,R-B,2024-01-01\n");
		ok("pairings", "enterprise_credit_code,village_code,since\n%s,%s,2024-01-01\n%s,%s,2024-01-01\n%s,%s,2024-01-01\n"
			.formatted(ENTERPRISE_A, VILLAGE_A, ENTERPRISE_B_PAIRED_WITH_A, VILLAGE_A, ENTERPRISE_B, VILLAGE_B));
		ok("projects", "id,name,enterprise_credit_code,village_code,status\nP-A,甲项目,%s,%s,PLANNED\nP-B,乙项目,%s,%s,PLANNED\n"
			.formatted(ENTERPRISE_A, VILLAGE_A, ENTERPRISE_B, VILLAGE_B));
		this.editorOfA = this.admin.createUser("a.editor", "EDITOR", false, List.of(A));
	}

	@Test
	void showsOnlyTheUsersTowns() {
		assertThat(values(ask(this.editorOfA, "{ towns { code } }"), "towns[*].code")).containsExactly(A);
		assertThat(values(ask(this.admin, "{ towns { code } }"), "towns[*].code")).containsExactly(A, B);
		var lookups = ask(this.editorOfA, "{ a: town(code: \"%s\") { code } b: town(code: \"%s\") { code } }".formatted(A, B));
		assertThat((Object) lookups.field("a.code").getValue()).isEqualTo(A);
		assertThat((Object) lookups.field("b").getValue()).isNull();
	}

	@Test
	void showsOnlyTheVillagesPeopleAndProjectsOfTheUsersTowns() {
		var response = ask(this.editorOfA, """
				{ va: village(code: "%s") { code } vb: village(code: "%s") { code }
				  ra: representative(id: "R-A") { id } rb: representative(id: "R-B") { id }
				  la: leader(id: "L-A") { id } lb: leader(id: "L-B") { id } ld: leader(id: "L-D") { id }
				  pa: project(id: "P-A") { id } pb: project(id: "P-B") { id } }
				""".formatted(VILLAGE_A, VILLAGE_B));

		for (String visible : List.of("va", "ra", "la", "ld", "pa")) {
			assertThat((Object) response.field(visible).getValue()).as(visible).isNotNull();
		}
		for (String hidden : List.of("vb", "rb", "lb", "pb")) {
			assertThat((Object) response.field(hidden).getValue()).as(hidden).isNull();
		}
	}

	@Test
	void showsTheEnterprisesOfTheUsersTownsAndThosePairedWithItsVillages() {
		var response = ask(this.editorOfA, """
				{ a: enterprise(creditCode: "%s") { name } paired: enterprise(creditCode: "%s") { name pairedVillages { code } }
				  other: enterprise(creditCode: "%s") { name } village(code: "%s") { pairings { enterprise { name } } } }
				""".formatted(ENTERPRISE_A, ENTERPRISE_B_PAIRED_WITH_A, ENTERPRISE_B, VILLAGE_A));

		assertThat((Object) response.field("a.name").getValue()).isEqualTo("甲企业");
		assertThat(values(response, "paired.pairedVillages[*].code")).containsExactly(VILLAGE_A);
		assertThat((Object) response.field("other").getValue()).isNull();
		assertThat(values(response, "village.pairings[*].enterprise.name")).containsExactlyInAnyOrder("甲企业", "乙企业一");
	}

	@Test
	void showsOnlyTheFriendshipsOfTheUsersTowns() {
		var response = ask(this.editorOfA, "{ leader(id: \"L-D\") { friends { representative { id } } } }");

		assertThat(values(response, "leader.friends[*].representative.id")).containsExactly("R-A");
		var all = ask(this.admin, "{ leader(id: \"L-D\") { friends { representative { id } } } }");
		assertThat(values(all, "leader.friends[*].representative.id")).containsExactlyInAnyOrder("R-A", "R-B");
	}

	@Test
	void countsCoverageOverTheUsersTownsOnly() {
		var district = ask(this.editorOfA, "{ coverage { villages pairedVillages byTown { town { code } } } }");
		var unpaired = ask(this.editorOfA, "{ unpairedVillages { totalCount edges { node { code } } } }");

		assertThat(district.field("coverage.villages").toEntity(Integer.class)).isEqualTo(2);
		assertThat(district.field("coverage.pairedVillages").toEntity(Integer.class)).isEqualTo(1);
		assertThat(values(district, "coverage.byTown[*].town.code")).containsExactly(A);
		assertThat(values(unpaired, "unpairedVillages.edges[*].node.code")).containsExactly(VILLAGE_A_UNPAIRED);
		for (String query : List.of("{ coverage(townCode: \"%s\") { villages } }", "{ unpairedVillages(townCode: \"%s\") { totalCount } }")) {
			var refused = this.editorOfA.graphQl().document(query.formatted(B)).executeSync();
			assertThat(refused.getErrors()).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).isEqualTo("townCode " + B + "：没有这个镇"));
		}
		assertThat(ask(this.admin, "{ coverage { villages } }").field("coverage.villages").toEntity(Integer.class))
			.isEqualTo(3);
	}

	@Test
	void importsRowsOfTheUsersTownsAndRejectsTheOthers() {
		ImportReport villages = this.editorOfA.importCsv("villages",
				"code,name,town_code\n610322100003,甲三村,%s\n610322101002,乙二村,%s\n%s,乙一村改到甲,%s\n"
					.formatted(A, B, VILLAGE_B, A));

		assertThat(villages.created()).isEqualTo(1);
		assertThat(villages.rejected()).containsExactly(
				new ImportReport.RejectedRow(3, "town_code " + B + "：不在您负责的镇（属地）范围内"),
				new ImportReport.RejectedRow(4, "code " + VILLAGE_B + "：属于您负责范围以外的镇，不能修改"));
		assertThat(this.editorOfA.importCsv("towns", "code,name\n%s,乙镇改名\n".formatted(B)).rejected())
			.extracting(ImportReport.RejectedRow::message)
			.containsExactly("code " + B + "：不在您负责的镇（属地）范围内");
		assertThat(this.editorOfA.importCsv("leaders", "id,name,role,level\nL-X,新区领导,PARTY_GROUP,DISTRICT\n").rejected())
			.extracting(ImportReport.RejectedRow::message)
			.containsExactly("town_code：您只负责部分镇（" + A + "），须填写其中之一");
		assertThat(this.editorOfA.importCsv("friendships", "leader_id,representative_id,since\nL-D,R-B,2025-01-01\nL-B,R-A,2025-01-01\n")
			.rejected()).extracting(ImportReport.RejectedRow::message)
			.containsExactly("representative_id R-B：不在您负责的镇（属地）范围内", "leader_id L-B：不在您负责的镇（属地）范围内");
		ImportReport pairings = this.editorOfA.importCsv("pairings",
				"enterprise_credit_code,village_code,since\n%s,%s,2025-01-01\n%s,%s,2025-01-01\n"
					.formatted(ENTERPRISE_B, VILLAGE_A_UNPAIRED, ENTERPRISE_A, VILLAGE_B));
		assertThat(pairings.created()).isEqualTo(1);
		assertThat(pairings.rejected()).extracting(ImportReport.RejectedRow::message)
			.containsExactly("village_code " + VILLAGE_B + "：不在您负责的镇（属地）范围内");
		var villageB = ask(this.admin, "{ village(code: \"%s\") { name town { code } } }".formatted(VILLAGE_B));
		assertThat(villageB.field("village.town.code").toEntity(String.class)).isEqualTo(B);
	}

	private ClientGraphQlResponse ask(TongxinHttp client, String query) {
		var response = client.graphQl().document(query).executeSync();
		assertThat(response.getErrors()).isEmpty();
		return response;
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

}

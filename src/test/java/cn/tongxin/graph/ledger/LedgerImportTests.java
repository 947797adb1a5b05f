package cn.tongxin.graph.ledger;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the import format, each shown failing on one row of a file over HTTP. */
@GraphTest
class LedgerImportTests {

	static final String TOWN = "610322100";

	static final String OTHER_TOWN = "610322101";

	static final String VILLAGE = "610322100200";

	static final String ENTERPRISE = "91610322022725555J";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp api;

	@BeforeEach
	void emptyGraph() {
		TestGraph.empty(this.neo4j);
		this.api = new TongxinHttp(this.port);
	}

	/** A town, a village, an enterprise, a leader and a representative for rows to refer to. */
	void referencedRecords() {
		ok("towns", "code,name\n%s,甲镇\n%s,乙镇\n".formatted(TOWN, OTHER_TOWN));
		ok("villages", "code,name,town_code\n%s,王家村,%s\n".formatted(VILLAGE, TOWN));
		ok("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, TOWN));
		ok("leaders", "id,name,role,level\nL1,张伟,STANDING_COMMITTEE,DISTRICT\n");
		ok("representatives", "id,name,category,level\nR1,李娜,PRIVATE_ECONOMY,DISTRICT\n");
	}

	@Nested
	class UnreadableFiles {

		@Test
		void rejectAFileWithoutARequiredColumnAndWriteNothing() {
			HttpResponse<String> response = api.postImport("villages", "text/csv",
					"code,town_code\n%s,%s\n".formatted(VILLAGE, TOWN).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("缺少必需的列").contains("name");
			assertThat(towns()).isEmpty();
		}

		@Test
		void rejectAnUnknownKind() {
			HttpResponse<String> response = api.postImport("farms", "text/csv", "code\n1\n".getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("farms").contains("towns").contains("projects");
		}

		@Test
		void rejectAFileThatIsNotUtf8() {
			HttpResponse<String> response = api.postImport("towns", "text/csv",
					"code,name\n%s,甲镇\n".formatted(TOWN).getBytes(Charset.forName("GBK")));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("UTF-8");
			assertThat(towns()).isEmpty();
		}

		@Test
		void rejectAnEmptyFile() {
			HttpResponse<String> response = api.postImport("towns", "text/csv", new byte[0]);

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("文件是空的");
		}

		@Test
		void rejectAnUnclosedQuoteAndWriteNoneOfTheRowsBeforeIt() {
			HttpResponse<String> response = api.postImport("towns", "text/csv",
					"code,name\n%s,甲镇\n%s,\"乙镇\n".formatted(TOWN, OTHER_TOWN).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("第 3 行").contains("引号");
			assertThat(towns()).isEmpty();
		}

		@Test
		void rejectAColumnNamedTwice() {
			HttpResponse<String> response = api.postImport("towns", "text/csv",
					"code,name,Code\n%s,甲镇,%s\n".formatted(TOWN, TOWN).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("列名「code」出现了两次");
		}

		@Test
		void rejectTextAfterAClosingQuote() {
			HttpResponse<String> response = api.postImport("towns", "text/csv",
					"code,name\n%s,\"甲\"镇\n".formatted(TOWN).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("第 2 行").contains("右引号后须紧跟逗号或换行");
			assertThat(towns()).isEmpty();
		}

		@Test
		void refuseABodySentAsAForm() {
			HttpResponse<String> response = api.postImport("towns", "application/x-www-form-urlencoded",
					"code,name\n%s,甲镇\n".formatted(TOWN).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).isEqualTo(415);
			assertThat(towns()).isEmpty();
		}

	}

	@Nested
	class Files {

		@Test
		void findColumnsByNameInAnyOrderAndIgnoreUnknownOnes() {
			var report = api.importCsv("towns", "\uFEFF名称备注, Name ,CODE\n备注,甲镇,%s\n".formatted(TOWN));

			assertThat(report.created()).isEqualTo(1);
			assertThat(towns()).containsExactly("甲镇");
		}

		@Test
		void keepTheGoodRowsWhenOthersFail() {
			var report = api.importCsv("towns", "code,name\n%s,甲镇\n61032210,坏镇\n%s,乙镇\n".formatted(TOWN, OTHER_TOWN));

			assertThat(report.created()).isEqualTo(2);
			assertThat(report.rejected()).containsExactly(new ImportReport.RejectedRow(3, "code 61032210：应为 9 位数字"));
			assertThat(towns()).containsExactly("甲镇", "乙镇");
		}

		@Test
		void countLinesFromTheHeaderAcrossQuotedLineBreaks() {
			var report = api.importCsv("towns", "code,name\n%s,\"甲\n镇\"\n\nbad,乙镇\n".formatted(TOWN));

			assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(5);
		}

		@Test
		void reportEveryProblemOfARowAtOnce() {
			referencedRecords();

			String message = rejected("villages", "code,name,town_code,households\n6103221002,,%s,-3\n".formatted(TOWN));

			assertThat(message).contains("code 6103221002：应为 12 位数字")
				.contains("name：必填，不能为空")
				.contains("households -3：不能小于 0");
		}

		@Test
		void rejectAKeyRepeatedInOneFile() {
			var report = api.importCsv("towns", "code,name\n%s,甲镇\n%s,又一个甲镇\n".formatted(TOWN, TOWN));

			assertThat(report.created()).isEqualTo(1);
			assertThat(report.rejected()).singleElement()
				.isEqualTo(new ImportReport.RejectedRow(3, "code %s：与第 2 行重复，同一文件中只能出现一次".formatted(TOWN)));
		}

		@Test
		void updateAStoredRecordAndLeaveTheRestUnchanged() {
			ok("towns", "code,name\n%s,甲镇\n%s,乙镇\n".formatted(TOWN, OTHER_TOWN));

			var report = api.importCsv("towns", "code,name\n%s,甲镇（新名）\n%s,乙镇\n".formatted(TOWN, OTHER_TOWN));

			assertThat(report.created()).isZero();
			assertThat(report.updated()).isEqualTo(1);
			assertThat(report.unchanged()).isEqualTo(1);
			assertThat(towns()).containsExactly("甲镇（新名）", "乙镇");
		}

		@Test
		void moveAVillageToAnotherTown() {
			referencedRecords();

			var report = api.importCsv("villages", "code,name,town_code\n%s,王家村,%s\n".formatted(VILLAGE, OTHER_TOWN));

			assertThat(report.updated()).isEqualTo(1);
			var village = api.graphQl().documentName("place/village").variable("code", VILLAGE).executeSync();
			assertThat(village.field("village.town.code").toEntity(String.class)).isEqualTo(OTHER_TOWN);
			var oldTown = api.graphQl().documentName("place/town").variable("code", TOWN).executeSync();
			assertThat(values(oldTown, "town.villages[*].code")).isEmpty();
		}

		@Test
		void moveAnEnterpriseToAnotherTownLeavingOneTie() {
			referencedRecords();

			api.importCsv("enterprises", "credit_code,name,town_code\n%s,建材有限公司,%s\n".formatted(ENTERPRISE, OTHER_TOWN));

			var enterprise = api.graphQl().documentName("enterprise/enterprise").variable("creditCode", ENTERPRISE).executeSync();
			assertThat(enterprise.field("enterprise.town.code").toEntity(String.class)).isEqualTo(OTHER_TOWN);
			assertThat(count("MATCH (:Enterprise {creditCode: '%s'})-[r:IN_TOWN]->() RETURN count(r)".formatted(ENTERPRISE)))
				.isEqualTo(1);
		}

		@Test
		void changeAndThenClearWhatARepresentativeRunsAndWhereTheyBelong() {
			referencedRecords();
			String other = "91610322557257081K";
			ok("enterprises", "credit_code,name,town_code\n%s,物流有限公司,%s\n".formatted(other, OTHER_TOWN));
			String header = "id,name,category,level,enterprise_credit_code,town_code\n";
			ok("representatives", header + "R1,李娜,PRIVATE_ECONOMY,DISTRICT,%s,%s\n".formatted(ENTERPRISE, TOWN));

			ok("representatives", header + "R1,李娜,PRIVATE_ECONOMY,DISTRICT,%s,%s\n".formatted(other, OTHER_TOWN));

			var moved = representative("R1");
			assertThat(moved.field("representative.enterprise.creditCode").toEntity(String.class)).isEqualTo(other);
			assertThat(moved.field("representative.town.code").toEntity(String.class)).isEqualTo(OTHER_TOWN);
			var formerEnterprise = api.graphQl().documentName("enterprise/enterprise").variable("creditCode", ENTERPRISE).executeSync();
			assertThat((Object) formerEnterprise.field("enterprise.representative").getValue()).isNull();

			ok("representatives", header + "R1,李娜,PRIVATE_ECONOMY,DISTRICT,,\n");

			var cleared = representative("R1");
			assertThat((Object) cleared.field("representative.enterprise").getValue()).isNull();
			assertThat((Object) cleared.field("representative.town").getValue()).isNull();
			assertThat(count("MATCH (:Representative {id: 'R1'})-[r]->() RETURN count(r)")).isZero();
		}

		@Test
		void takeATownLeaderToTheDistrictLevel() {
			referencedRecords();
			ok("leaders", "id,name,role,level,town_code\nL2,王强,PARTY_COMMITTEE,TOWN,%s\n".formatted(TOWN));

			ok("leaders", "id,name,role,level,town_code\nL2,王强,PARTY_GROUP,DISTRICT,\n");

			var leader = api.graphQl().documentName("network/leader-friends").variable("id", "L2").executeSync();
			assertThat(leader.field("leader.level").toEntity(String.class)).isEqualTo("DISTRICT");
			assertThat((Object) leader.field("leader.town").getValue()).isNull();
		}

		@Test
		void moveAProjectToAnotherVillageAndEnterprise() {
			referencedRecords();
			String otherVillage = "610322101200";
			String otherEnterprise = "91610322557257081K";
			ok("villages", "code,name,town_code\n%s,李家村,%s\n".formatted(otherVillage, OTHER_TOWN));
			ok("enterprises", "credit_code,name,town_code\n%s,物流有限公司,%s\n".formatted(otherEnterprise, OTHER_TOWN));
			String header = "id,name,enterprise_credit_code,village_code,status\n";
			ok("projects", header + "P1,产业项目,%s,%s,PLANNED\n".formatted(ENTERPRISE, VILLAGE));

			ok("projects", header + "P1,产业项目,%s,%s,PLANNED\n".formatted(otherEnterprise, otherVillage));

			var project = api.graphQl()
				.document("{ project(id: \"P1\") { enterprise { creditCode } village { code } } }")
				.executeSync();
			assertThat(project.field("project.enterprise.creditCode").toEntity(String.class)).isEqualTo(otherEnterprise);
			assertThat(project.field("project.village.code").toEntity(String.class)).isEqualTo(otherVillage);
			assertThat(count("MATCH (:Project {id: 'P1'})-[r]-() RETURN count(r)")).isEqualTo(2);
		}

		@Test
		void reopenAPairingByClearingItsEnd() {
			referencedRecords();
			String header = "enterprise_credit_code,village_code,since,until\n";
			ok("pairings", header + "%s,%s,2020-01-01,2021-01-01\n".formatted(ENTERPRISE, VILLAGE));

			var report = api.importCsv("pairings", header + "%s,%s,2020-01-01,\n".formatted(ENTERPRISE, VILLAGE));

			assertThat(report.updated()).isEqualTo(1);
			var village = api.graphQl().documentName("place/village").variable("code", VILLAGE).executeSync();
			assertThat(village.field("village.paired").toEntity(Boolean.class)).isTrue();
			assertThat((Object) village.field("village.pairings[0].until").getValue()).isNull();
		}

		@Test
		void showAProjectOutsideAPairingUnderItsVillageAndEnterprise() {
			referencedRecords();
			ok("projects", "id,name,enterprise_credit_code,village_code,status\nP1,产业项目,%s,%s,PLANNED\n"
				.formatted(ENTERPRISE, VILLAGE));

			var response = api.graphQl()
				.document("{ village(code: \"%s\") { projects { id } pairings { since } } enterprise(creditCode: \"%s\") { projects { id } } }"
					.formatted(VILLAGE, ENTERPRISE))
				.executeSync();

			assertThat(values(response, "village.projects[*].id")).containsExactly("P1");
			assertThat(values(response, "village.pairings")).isEmpty();
			assertThat(values(response, "enterprise.projects[*].id")).containsExactly("P1");
		}

		@Test
		void readAnEmptyOptionalCellAsUnknownAndClearAStoredValue() {
			referencedRecords();
			ok("villages", "code,name,town_code,households\n%s,王家村,%s,320\n".formatted(VILLAGE, TOWN));

			var report = api.importCsv("villages", "code,name,town_code,households\n%s,王家村,%s,\n".formatted(VILLAGE, TOWN));

			assertThat(report.updated()).isEqualTo(1);
			var village = api.graphQl().documentName("place/village").variable("code", VILLAGE).executeSync();
			assertThat((Object) village.field("village.households").getValue()).isNull();
			assertThat(village.field("village.kind").toEntity(String.class)).isEqualTo("VILLAGE");
		}

		@Test
		void storeTextExactlyAsGiven() {
			String longName = "长".repeat(250);
			List<String> names = List.of("王\"老\"五, 有逗号", "𠀀𪚥 罕用字 😀", "'}) MATCH (n) DETACH DELETE n //",
					"=HYPERLINK(\"http://x\")", "  前后有空格  ", longName);
			var csv = new StringBuilder("id,name,role,level\n");
			for (int i = 0; i < names.size(); i++) {
				csv.append("L%d,\"%s\",STANDING_COMMITTEE,DISTRICT\n".formatted(i, names.get(i).replace("\"", "\"\"")));
			}

			var report = api.importCsv("leaders", csv.toString());

			assertThat(report.created()).isEqualTo(names.size());
			for (int i = 0; i < names.size(); i++) {
				var leader = api.graphQl().documentName("network/leader-friends").variable("id", "L" + i).executeSync();
				assertThat(leader.field("leader.name").toEntity(String.class)).isEqualTo(names.get(i));
			}
			assertThat(api.importCsv("leaders", csv.toString()).unchanged()).isEqualTo(names.size());
		}

		@Test
		void checkAndCountOnADryRunButWriteNothing() {
			ok("towns", "code,name\n%s,甲镇\n".formatted(TOWN));

			var report = api.importCsv("towns", "code,name\n%s,甲镇（改）\n%s,乙镇\nbad,丙镇\n".formatted(TOWN, OTHER_TOWN), true);

			assertThat(report.dryRun()).isTrue();
			assertThat(report.created()).isEqualTo(1);
			assertThat(report.updated()).isEqualTo(1);
			assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(4);
			assertThat(towns()).containsExactly("甲镇");
		}

		@Test
		void writeInBatchesOfOneTransactionEachNotOneRoundTripPerRow() {
			var csv = new StringBuilder("code,name\n");
			for (int i = 0; i < 120; i++) {
				csv.append("610322%03d,第%d镇\n".formatted(i, i));
			}
			cypher.reset();

			var report = api.importCsv("towns", csv.toString());

			assertThat(report.created()).isEqualTo(120);
			// signing in, then batches of 50: three transactions, each a look-up of what is stored, one write
			// and its audit entry
			assertThat(cypher.sessionModes()).containsExactly(AccessMode.READ, AccessMode.WRITE, AccessMode.WRITE,
					AccessMode.WRITE);
			assertThat(cypher.statements()).isEqualTo(1 + 3 * 3);
		}

		@Test
		void runADryRunInReadOnlyTransactions() {
			cypher.reset();

			api.importCsv("towns", "code,name\n%s,甲镇\n".formatted(TOWN), true);

			assertThat(cypher.sessionModes()).containsOnly(AccessMode.READ);
		}

	}

	@Nested
	class Rows {

		@BeforeEach
		void records() {
			referencedRecords();
		}

		@Test
		void needTheVillagesTownToExist() {
			assertThat(rejected("villages", "code,name,town_code\n610322999200,李家村,610322999\n"))
				.isEqualTo("town_code 610322999：没有这个镇，请先导入 towns 台账");
		}

		@Test
		void needTheTownOfAnEnterpriseLeaderOrRepresentativeToExist() {
			String noSuchTown = "town_code 610322999：没有这个镇，请先导入 towns 台账";
			assertThat(rejected("enterprises", "credit_code,name,town_code\n%s,某公司,610322999\n".formatted(ENTERPRISE)))
				.isEqualTo(noSuchTown);
			assertThat(rejected("leaders", "id,name,role,level,town_code\nL2,王强,PARTY_COMMITTEE,TOWN,610322999\n"))
				.isEqualTo(noSuchTown);
			assertThat(rejected("representatives", "id,name,category,level,town_code\nR2,赵敏,INTELLECTUAL,DISTRICT,610322999\n"))
				.isEqualTo(noSuchTown);
		}

		@Test
		void needTheRepresentativesEnterpriseToExist() {
			assertThat(rejected("representatives",
					"id,name,category,level,enterprise_credit_code\nR2,赵敏,PRIVATE_ECONOMY,DISTRICT,916103225907754626\n"))
				.isEqualTo("enterprise_credit_code 916103225907754626：没有这个企业，请先导入 enterprises 台账");
		}

		@Test
		void needBothPeopleOfAFriendship() {
			assertThat(rejected("friendships", "leader_id,representative_id,since\nL9,R1,2024-01-01\n"))
				.isEqualTo("leader_id L9：没有这个领导，请先导入 leaders 台账");
			assertThat(rejected("friendships", "leader_id,representative_id,since\nL1,R9,2024-01-01\n"))
				.isEqualTo("representative_id R9：没有这个代表人士，请先导入 representatives 台账");
		}

		@Test
		void needThePairedVillageAndEnterpriseToExist() {
			assertThat(rejected("pairings",
					"enterprise_credit_code,village_code,since\n%s,610322100299,2024-03-01\n".formatted(ENTERPRISE)))
				.isEqualTo("village_code 610322100299：没有这个村（社区），请先导入 villages 台账");
			assertThat(rejected("pairings",
					"enterprise_credit_code,village_code,since\n916103225907754626,%s,2024-03-01\n".formatted(VILLAGE)))
				.isEqualTo("enterprise_credit_code 916103225907754626：没有这个企业，请先导入 enterprises 台账");
		}

		@Test
		void needTheProjectsEnterpriseAndVillageToExist() {
			String header = "id,name,enterprise_credit_code,village_code,status\n";
			assertThat(rejected("projects", header + "P1,产业项目,916103225907754626,%s,PLANNED\n".formatted(VILLAGE)))
				.isEqualTo("enterprise_credit_code 916103225907754626：没有这个企业，请先导入 enterprises 台账");
			assertThat(rejected("projects", header + "P1,产业项目,%s,610322100299,PLANNED\n".formatted(ENTERPRISE)))
				.isEqualTo("village_code 610322100299：没有这个村（社区），请先导入 villages 台账");
		}

	}

	/** The message of the one row a file of one bad row is rejected for; nothing of it is stored. */
	String rejected(String kind, String csv) {
		var report = this.api.importCsv(kind, csv);
		assertThat(report.created() + report.updated()).as("rows stored").isZero();
		assertThat(report.rejected()).hasSize(1);
		assertThat(report.rejected().get(0).line()).isEqualTo(2);
		return report.rejected().get(0).message();
	}

	void ok(String kind, String csv) {
		assertThat(this.api.importCsv(kind, csv).rejected()).isEmpty();
	}

	long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

	org.springframework.graphql.client.ClientGraphQlResponse representative(String id) {
		return this.api.graphQl()
			.document("{ representative(id: \"%s\") { enterprise { creditCode } town { code } } }".formatted(id))
			.executeSync();
	}

	List<String> towns() {
		return values(this.api.graphQl().document("{ towns { name } }").executeSync(), "towns[*].name");
	}

}

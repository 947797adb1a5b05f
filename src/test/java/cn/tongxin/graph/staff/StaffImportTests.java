package cn.tongxin.graph.staff;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.ledger.ImportReport.RejectedRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff ledger over HTTP: posts tied to their town and village, a liaison's village in its town, town scope. */
@GraphTest
class StaffImportTests {

	static final String A = TwoTowns.TOWN_A;

	static final String B = TwoTowns.TOWN_B;

	static final String HEADER = "id,name,post,town_code,village_code,site_id,full_time,since,until\n";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsWithAVillageEach() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		assertThat(this.admin.importCsv("villages", "code,name,town_code\n610322100001,甲一村,%s\n610322101001,乙一村,%s\n"
			.formatted(A, B)).rejected()).isEmpty();
	}

	@Test
	void tieEachPostToItsPlaceAndWriteNothingTheSecondTime() {
		String file = HEADER + "C1,甲委员,TOWN_COMMISSIONER,%s,,,true,2024-01-01,\nS1,甲联络员,VILLAGE_LIAISON,%s,610322100001,,,2024-01-01,\n"
			.formatted(A, A);

		ImportReport first = this.admin.importCsv("staff", file);
		ImportReport second = this.admin.importCsv("staff", file);

		assertThat(List.of(first.created(), second.unchanged())).containsExactly(2, 2);
		assertThat(this.neo4j.query("""
				MATCH (s:Staff)
				RETURN s.id + ' ' + s.post + ' ' + s.fullTime + ' ' + [(s)-[:IN_TOWN]->(t) | t.code][0] + ' '
				       + coalesce([(s)-[:IN_VILLAGE]->(v) | v.code][0], '-') AS staff
				ORDER BY staff""").fetchAs(String.class).all())
			.containsExactly("C1 TOWN_COMMISSIONER true " + A + " -", "S1 VILLAGE_LIAISON false " + A + " 610322100001");
	}

	@Test
	void refuseALiaisonOfAVillageOutsideTheirTownAndAnotherTownsPostForATownsEditor() {
		ImportReport village = this.admin.importCsv("staff",
				HEADER + "S1,甲联络员,VILLAGE_LIAISON,%s,610322101001,,,2024-01-01,\n".formatted(A));
		ImportReport scoped = TwoTowns.editorOf(this.admin, A).importCsv("staff",
				HEADER + "C1,甲委员,TOWN_COMMISSIONER,%s,,,,2024-01-01,\nC2,乙委员,TOWN_COMMISSIONER,%s,,,,2024-01-01,\n"
					.formatted(A, B));

		assertThat(village.rejected()).extracting(RejectedRow::message)
			.containsExactly("village_code 610322101001：不在 town_code " + A + " 所指的镇");
		assertThat(scoped.created()).isEqualTo(1);
		assertThat(scoped.rejected()).extracting(RejectedRow::message)
			.containsExactly("town_code " + B + "：不在您负责的镇（属地）范围内");
	}

	@Test
	void takeTheSiteGivenWhileThereIsNoneAndRefuseAnUnknownOrAnotherTownsSiteOnceThereAre() {
		String unknownSite = HEADER + "C1,甲站员,SITE_STAFF,%s,,Z9,,2024-01-01,\n".formatted(A);
		// a first load in the contract's order: staff, then sites
		assertThat(this.admin.importCsv("staff", unknownSite).rejected()).isEmpty();
		assertThat(this.admin.importCsv("sites", "id,name,kind,level,domain,town_code,established_on\n"
				+ "Z1,甲站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01\nZ3,乙站,PRACTICE_STATION,TOWN,TOWN,%s,2023-01-01\n"
					.formatted(A, B)).rejected()).isEmpty();

		ImportReport again = this.admin.importCsv("staff", unknownSite
				+ "C2,甲站员二,SITE_STAFF,%s,,Z1,,2024-01-01,\nC3,乙站员,SITE_STAFF,%s,,Z3,,2024-01-01,\n".formatted(A, B));
		ImportReport scoped = TwoTowns.editorOf(this.admin, A).importCsv("staff",
				HEADER + "C4,甲站员四,SITE_STAFF,%s,,Z3,,2024-01-01,\n".formatted(A));

		assertThat(again.created()).isEqualTo(2);
		assertThat(again.rejected())
			.containsExactly(new RejectedRow(2, "site_id Z9：没有这个阵地，请先导入 sites 台账"));
		assertThat(scoped.rejected())
			.containsExactly(new RejectedRow(2, "site_id Z3：不在您负责的镇（属地）范围内"));
	}

}

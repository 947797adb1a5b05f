package cn.tongxin.graph.coverage;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage sliced, today being 2026-11-25. Town A: villages V1, V2 and community V3; town B: community V4 and
 * village V5. E1 (town A, AGRICULTURE, PRIVATE) is paired with V1, V2 and V4, and with V5 from 2026-12-01. E2 (town
 * B, LOGISTICS, STATE) is paired with V3. E3 was paired with V1 until 2025-01-01. Projects: P1 E1→V1 planned,
 * 10.5; P2 E1→V2 completed, 20; P3 E2→V3 in progress, investment unknown; P4 E2→V4 completed, 5.
 */
@GraphTest
class SliceTests {

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322003046178X";

	static final String E3 = "916103220168474769";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsTheirPairingsAndProjects() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", """
				code,name,town_code,kind
				610322100001,一村,610322100,VILLAGE
				610322100002,二村,610322100,VILLAGE
				610322100003,三社区,610322100,COMMUNITY
				610322101001,乙一社区,610322101,COMMUNITY
				610322101002,乙二村,610322101,VILLAGE
				""");
		this.admin.importCsv("enterprises", """
				credit_code,name,town_code,industry,ownership
				%s,甲农业,610322100,AGRICULTURE,PRIVATE
				%s,乙物流,610322101,LOGISTICS,STATE
				%s,乙某企业,610322101,,
				""".formatted(E1, E2, E3));
		this.admin.importCsv("pairings", """
				enterprise_credit_code,village_code,since,until
				%1$s,610322100001,2024-01-01,
				%1$s,610322100002,2024-01-01,
				%1$s,610322101001,2024-01-01,
				%1$s,610322101002,2026-12-01,
				%2$s,610322100003,2024-01-01,
				%3$s,610322100001,2023-01-01,2025-01-01
				""".formatted(E1, E2, E3));
		this.admin.importCsv("projects", """
				id,name,enterprise_credit_code,village_code,status,investment_wan
				P1,道路,%1$s,610322100001,PLANNED,10.5
				P2,大棚,%1$s,610322100002,COMPLETED,20
				P3,仓储,%2$s,610322100003,IN_PROGRESS,
				P4,物流点,%2$s,610322101001,COMPLETED,5
				""".formatted(E1, E2));
	}

	@Test
	void slicesCoverageByKindOfVillage() {
		var today = this.admin.graphQl().document("{ coverageByKind { kind villages pairedVillages } }").executeSync();
		var later = this.admin.graphQl().document("{ coverageByKind(asOf: \"2026-12-01\") { kind pairedVillages } }").executeSync();
		var townA = this.admin.graphQl().document("{ coverageByKind(townCode: \"610322100\") { kind villages pairedVillages } }").executeSync();

		assertThat(values(today, "coverageByKind[*].kind")).containsExactly("COMMUNITY", "VILLAGE");
		assertThat(values(today, "coverageByKind[*].villages")).containsExactly(2, 3);
		assertThat(values(today, "coverageByKind[*].pairedVillages")).containsExactly(2, 2);
		assertThat(values(later, "coverageByKind[*].pairedVillages")).containsExactly(2, 3);
		assertThat(values(townA, "coverageByKind[*].villages")).containsExactly(1, 2);
	}

	@Test
	void saysWhichIndustriesAndOwnershipTypesCarryThePairings() {
		var district = this.admin.graphQl()
			.document("{ pairingCarriers { byIndustry { key enterprises pairings villages } byOwnership { key pairings } } }")
			.executeSync();
		var townA = this.admin.graphQl()
			.document("{ pairingCarriers(townCode: \"610322100\") { byIndustry { key pairings villages } } }")
			.executeSync();

		assertThat(values(district, "pairingCarriers.byIndustry[*].key")).containsExactly("AGRICULTURE", "LOGISTICS");
		assertThat(values(district, "pairingCarriers.byIndustry[*].pairings")).containsExactly(3, 1);
		assertThat(values(district, "pairingCarriers.byOwnership[*].key")).containsExactly("PRIVATE", "STATE");
		assertThat(values(townA, "pairingCarriers.byIndustry[*].pairings")).containsExactly(2, 1);
	}

	@Test
	void listsEnterprisesPairedWithMoreVillagesThanTheLoad() {
		var byDefault = this.admin.graphQl().document("{ overloadedEnterprises { enterprise { creditCode } pairedVillages } }").executeSync();
		var two = this.admin.graphQl().document("{ overloadedEnterprises(load: 2) { enterprise { creditCode } pairedVillages } }").executeSync();
		var december = this.admin.graphQl()
			.document("{ overloadedEnterprises(asOf: \"2026-12-01\") { enterprise { creditCode } pairedVillages } }")
			.executeSync();

		assertThat(values(byDefault, "overloadedEnterprises")).as("three is the load, not over it").isEmpty();
		assertThat(values(two, "overloadedEnterprises[*].enterprise.creditCode")).containsExactly(E1);
		assertThat(values(december, "overloadedEnterprises[*].pairedVillages")).containsExactly(4);
	}

	@Test
	void sumsProjectsByStatusWithTheirInvestmentPerTownAndIndustry() {
		var summary = this.admin.graphQl().document("""
				{ projectSummary { total { projects investmentWan planned inProgress completed }
				    byTown { key name projects investmentWan } byIndustry { key projects investmentWan } } }
				""").executeSync();
		var townA = this.admin.graphQl().document("{ projectSummary(townCode: \"610322100\") { total { projects investmentWan } } }")
			.executeSync();

		assertThat(List.<Object>of(value(summary, "projectSummary.total.projects"), value(summary, "projectSummary.total.investmentWan"),
				value(summary, "projectSummary.total.planned"), value(summary, "projectSummary.total.inProgress"),
				value(summary, "projectSummary.total.completed")))
			.containsExactly(4, 35.5, 1, 1, 2);
		assertThat(values(summary, "projectSummary.byTown[*].name")).containsExactly("甲镇", "乙镇");
		assertThat(values(summary, "projectSummary.byTown[*].investmentWan")).containsExactly(30.5, 5.0);
		assertThat(values(summary, "projectSummary.byIndustry[*].key")).containsExactly("AGRICULTURE", "LOGISTICS");
		assertThat(values(summary, "projectSummary.byIndustry[*].projects")).containsExactly(2, 2);
		assertThat((Object) value(townA, "projectSummary.total.investmentWan")).isEqualTo(30.5);
		var unknown = this.admin.graphQl().document("{ projectSummary(townCode: \"610322999\") { total { projects } } }").executeSync();
		assertThat(unknown.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
	}

}

package cn.tongxin.graph.pairing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static cn.tongxin.graph.TwoTowns.editorOf;
import static cn.tongxin.graph.TwoTowns.viewerOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pairing's lifecycle over GraphQL, today being 2026-11-25: town A's villages V1 (paired with E1 since
 * 2024-01-01) and V2 (unpaired), and town B's enterprise E2.
 */
@GraphTest
class PairingLifecycleTests {

	static final String V1 = "610322100001";

	static final String V2 = "610322100002";

	static final String E1 = "91610322022725555J";

	static final String E2 = "91610322003046178X";

	static final String PAIR = """
			mutation($villageCode: ID!, $creditCode: ID!, $since: Date!) {
			  pairVillage(villageCode: $villageCode, creditCode: $creditCode, since: $since) {
			    pairing { since until ended village { code paired } enterprise { creditCode } } problems { field message } }
			}
			""";

	static final String END = """
			mutation($villageCode: ID!, $creditCode: ID!, $until: Date!) {
			  endPairing(villageCode: $villageCode, creditCode: $creditCode, until: $until) {
			    pairing { since until ended } problems { field message } }
			}
			""";

	static final String CREATE_PROJECT = """
			mutation($input: CreateProjectInput!) {
			  createProject(input: $input) { project { id name status investmentWan village { code } } problems { field message } }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void aPairedAndAnUnpairedVillage() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		this.admin.importCsv("villages", "code,name,town_code\n%s,一村,610322100\n%s,二村,610322100\n".formatted(V1, V2));
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n%s,甲企业,610322100\n%s,乙企业,610322101\n".formatted(E1, E2));
		this.admin.importCsv("pairings", "enterprise_credit_code,village_code,since\n%s,%s,2024-01-01\n".formatted(E1, V1));
	}

	@Test
	void pairsAVillageAndTheFiguresFollowFromItsFirstDay() {
		var paired = pair(V2, E2, "2026-11-01");

		assertThat(problems(paired, "pairVillage")).isEmpty();
		assertThat((Object) value(paired, "pairVillage.pairing.village.paired")).isEqualTo(true);
		assertThat(paired(null)).isEqualTo(2);
		assertThat(paired("2026-10-31")).as("the day before it began").isEqualTo(1);
		var audit = this.admin.graphQl().document("{ auditLog(filter: {operation: \"pairVillage\"}) { edges { node { kind keys } } } }")
			.executeSync();
		assertThat(values(audit, "auditLog.edges[*].node.keys[0]")).containsExactly(E2 + "+" + V2);
	}

	@Test
	void refusesUnknownCodesAPairThatExistsAndDatesOutOfOrder() {
		assertThat(problems(pair(V1, E1, "2026-11-01"), "pairVillage")).containsExactly(Map.of("field", "creditCode",
				"message", "企业 %s 与村（社区）%s 已有结对（自 2024-01-01 起），历史记录不能覆盖".formatted(E1, V1)));
		assertThat(problems(pair("610322100999", E2, "2026-11-01"), "pairVillage")).containsExactly(Map.of("field",
				"villageCode", "message", "village_code 610322100999：没有这个村（社区），请先导入 villages 台账"));
		assertThat(problems(pair(V2, "91610322022725555X", "2026-11-01"), "pairVillage")).extracting(p -> p.get("field"))
			.containsExactly("creditCode");
		assertThat(problems(end(V1, E1, "2023-12-31"), "endPairing")).containsExactly(
				Map.of("field", "until", "message", "until 2023-12-31：不能早于 since 2024-01-01"));
		assertThat(paired(null)).as("nothing was written").isEqualTo(1);
	}

	@Test
	void namesTheFieldOfARefusalWhateverTheValueQuotedInItsMessage() {
		// a refusal says which field it is about as data: a "；" in the value quoted back does not split it
		assertThat(problems(pair("6103；22100999", E2, "2026-11-01"), "pairVillage")).singleElement()
			.satisfies(problem -> assertThat(problem).containsEntry("field", "villageCode")
				.hasEntrySatisfying("message", message -> assertThat((String) message).startsWith("village_code 6103；22100999：")));
	}

	@Test
	void endsAPairingOnceLeavingEarlierDaysAsTheyWere() {
		var ended = end(V1, E1, "2026-11-24");

		assertThat((Object) value(ended, "endPairing.pairing.ended")).isEqualTo(true);
		assertThat(paired(null)).isZero();
		assertThat(paired("2026-11-24")).isEqualTo(1);
		assertThat(problems(end(V1, E1, "2026-11-25"), "endPairing")).extracting(p -> p.get("message"))
			.containsExactly("这对结对已于 2026-11-24 结束，历史记录不能覆盖");
		assertThat(problems(pair(V1, E1, "2026-11-25"), "pairVillage")).extracting(p -> p.get("field"))
			.containsExactly("creditCode");
	}

	@Test
	void createsProjectsAndMovesThemThroughTheirStatuses() {
		var input = new HashMap<String, Object>(Map.of("id", "P-2026-01", "name", "村道硬化", "villageCode", V1, "creditCode", E1,
				"investmentWan", 12.5));

		var created = this.admin.graphQl().document(CREATE_PROJECT).variable("input", input).executeSync();
		var again = this.admin.graphQl().document(CREATE_PROJECT).variable("input", input).executeSync();
		var moved = this.admin.graphQl()
			.document("mutation { updateProjectStatus(id: \"P-2026-01\", status: IN_PROGRESS) { project { status investmentWan } problems { message } } }")
			.executeSync();
		var unknown = this.admin.graphQl()
			.document("mutation { updateProjectStatus(id: \"P-404\", status: COMPLETED) { project { id } problems { field } } }")
			.executeSync();

		assertThat((Object) value(created, "createProject.project.status")).isEqualTo("PLANNED");
		assertThat((Object) value(created, "createProject.project.investmentWan")).isEqualTo(12.5);
		assertThat(problems(again, "createProject")).extracting(p -> p.get("field")).containsExactly("id");
		assertThat((Object) value(moved, "updateProjectStatus.project.status")).isEqualTo("IN_PROGRESS");
		assertThat((Object) value(moved, "updateProjectStatus.project.investmentWan")).isEqualTo(12.5);
		assertThat(values(unknown, "updateProjectStatus.problems[*].field")).containsExactly("id");
	}

	@Test
	void letsOnlyEditorsOfTheVillagesTownChangePairings() {
		var viewer = viewerOf(this.admin, TOWN_A);
		var editorOfB = editorOf(this.admin, TOWN_B);

		var refused = viewer.graphQl().document(PAIR).variables(Map.of("villageCode", V2, "creditCode", E2, "since", "2026-11-01"))
			.executeSync();
		assertThat(refused.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
		var otherTown = editorOfB.graphQl().document(PAIR).variables(Map.of("villageCode", V2, "creditCode", E2, "since", "2026-11-01"))
			.executeSync();
		assertThat(problems(otherTown, "pairVillage")).extracting(p -> p.get("message"))
			.containsExactly("village_code %s：不在您负责的镇（属地）范围内".formatted(V2));
	}

	private ClientGraphQlResponse pair(String villageCode, String creditCode, String since) {
		return this.admin.graphQl().document(PAIR)
			.variables(Map.of("villageCode", villageCode, "creditCode", creditCode, "since", since))
			.executeSync();
	}

	private ClientGraphQlResponse end(String villageCode, String creditCode, String until) {
		return this.admin.graphQl().document(END)
			.variables(Map.of("villageCode", villageCode, "creditCode", creditCode, "until", until))
			.executeSync();
	}

	private int paired(String asOf) {
		var request = this.admin.graphQl().document("query($asOf: Date) { coverage(asOf: $asOf) { pairedVillages } }");
		if (asOf != null) {
			request = request.variable("asOf", asOf);
		}
		return value(request.executeSync(), "coverage.pairedVillages");
	}

	private static List<Map<String, Object>> problems(ClientGraphQlResponse response, String mutation) {
		return value(response, mutation + ".problems");
	}

}

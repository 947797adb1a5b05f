package cn.tongxin.graph.search;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Search over real HTTP: Chinese names by two characters or one, ids and codes, kinds, towns, hostile text. */
@GraphTest
class SearchTests {

	static final String SEARCH = """
			query($text: String!, $kinds: [NodeKind!], $first: Int) {
			  search(text: $text, kinds: $kinds, first: $first) { kind id label detail townName }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void aSmallDistrict() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,城关镇\n610322101,张家镇\n");
		this.admin.importCsv("villages", "code,name,town_code\n610322100001,王家村,610322100\n610322101001,张家村,610322101\n");
		this.admin.importCsv("enterprises", "credit_code,name,town_code,industry\n91610322022725555J,张伟建材有限公司,610322100,BUILDING_MATERIALS\n");
		this.admin.importCsv("leaders", "id,name,role,level,town_code\nL1,张伟,STANDING_COMMITTEE,DISTRICT,\nL2,李张明,PARTY_COMMITTEE,TOWN,610322101\n");
		this.admin.importCsv("representatives", "id,name,category,level,town_code\nR1,张丽,PRIVATE_ECONOMY,DISTRICT,610322100\nR2,王伟,INTELLECTUAL,DISTRICT,610322101\n");
	}

	@Test
	void findsAPersonByTwoCharactersOfTheirName() {
		var hits = search("张伟", null);

		assertThat(values(hits, "search[*].label")).containsExactlyInAnyOrder("张伟", "张伟建材有限公司");
		assertThat(values(hits, "search[?(@.label == '张伟')].detail")).containsExactly("STANDING_COMMITTEE");
	}

	@Test
	void findsNamesStartingWithOneCharacter() {
		var hits = search("张", null);

		assertThat(values(hits, "search[*].label")).containsExactlyInAnyOrder("张伟", "张丽", "张伟建材有限公司", "张家村",
				"张家镇");
	}

	@Test
	void findsByIdOrCodeAndOnlyTheKindsAskedFor() {
		assertThat(values(search("6103221", List.of("VILLAGE")), "search[*].id")).containsExactlyInAnyOrder("610322100001",
				"610322101001");
		assertThat(values(search("916103220227", null), "search[*].kind")).containsExactly("ENTERPRISE");
		assertThat(values(search("R2", null), "search[*].label")).containsExactly("王伟");
		assertThat(values(search("610322101", null), "search[*].id")).as("the town its code names, then its village")
			.containsExactly("610322101", "610322101001");
		assertThat(values(search("张", List.of("LEADER", "REPRESENTATIVE")), "search[*].kind"))
			.containsOnly("LEADER", "REPRESENTATIVE");
	}

	@Test
	void findsOnlyWhatIsInTheUsersTowns() {
		TongxinHttp ofChengguan = this.admin.createUser("cg.viewer", "VIEWER", false, List.of("610322100"));

		var hits = ofChengguan.graphQl().document(SEARCH).variable("text", "张").executeSync();

		assertThat(values(hits, "search[*].label")).containsExactlyInAnyOrder("张伟", "张丽", "张伟建材有限公司");
	}

	@Test
	void looksForTypedTextAsItIsWhateverItContains() {
		for (String hostile : List.of("\") OR 1=1 //", "AND", "*", "张伟 AND (", "' MATCH (n) DETACH DELETE n", "\\")) {
			var response = this.admin.graphQl().document(SEARCH).variable("text", hostile).executeSync();
			assertThat(response.getErrors()).as(hostile).isEmpty();
		}
		assertThat(values(search("张", null), "search")).hasSize(5);
	}

	private ClientGraphQlResponse search(String text, List<String> kinds) {
		var request = this.admin.graphQl().document(SEARCH).variable("text", text);
		if (kinds != null) {
			request = request.variable("kinds", kinds);
		}
		return request.executeSync();
	}


}

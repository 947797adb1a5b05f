package cn.tongxin.graph.area;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Town boundaries uploaded over HTTP (an administrator's, checked whole: one bad feature stores nothing), and the
 * areas the map draws from them or, where none was uploaded, from the villages' points.
 */
@GraphTest
class TownAreaTests {

	/** A square around town A's villages, as a map's GIS export writes it. */
	static final String SQUARE_A = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.5],[107.4,34.7],[107.2,34.7],[107.2,34.5]]]}";

	/** A bow tie: its edges cross. */
	static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.7],[107.4,34.5],[107.2,34.7],[107.2,34.5]]]}";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoTownsWithLocatedVillages() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		assertThat(this.admin.importCsv("villages", """
				code,name,town_code,latitude,longitude
				610322100001,甲一村,610322100,34.60,107.30
				610322100002,甲二村,610322100,34.62,107.33
				610322100003,甲三村,610322100,,
				610322101001,乙一村,610322101,34.60,107.50
				610322101002,乙二村,610322101,34.65,107.52
				""").rejected()).isEmpty();
	}

	@Test
	void drawsApproximateAreasFromTheVillagesWhereNoBoundaryWasUploaded() {
		var areas = this.admin.graphQl().document("{ townAreas { town { code name } approximate geoJson } }").executeSync();

		assertThat(values(areas, "townAreas[*].town.code")).containsExactly(TOWN_A, TOWN_B);
		assertThat(values(areas, "townAreas[*].approximate")).containsExactly(true, true);
		assertThat(values(areas, "townAreas[*].geoJson")).allSatisfy(
				geoJson -> assertThat((String) geoJson).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[["));
	}

	@Test
	void storesAnUploadedBoundaryAndAnswersItInsteadOfTheApproximateArea() {
		HttpResponse<String> uploaded = upload(this.admin, collection(feature("code", TOWN_A, SQUARE_A)));

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		assertThat(uploaded.body()).contains("\"kind\":\"boundaries\"", "\"created\":1");
		var areas = this.admin.graphQl().document("{ townAreas { town { code } approximate geoJson } }").executeSync();
		assertThat(values(areas, "townAreas[*].approximate")).containsExactly(false, true);
		assertThat((String) value(areas, "townAreas[0].geoJson")).isEqualTo(SQUARE_A);
		// again, under town_code: nothing changes
		assertThat(upload(this.admin, collection(feature("town_code", TOWN_A, SQUARE_A))).body()).contains("\"unchanged\":1");
		var log = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"import\"}) { edges { node { kind keys } } } }").executeSync();
		assertThat(values(log, "auditLog.edges[?(@.node.kind == 'boundaries')].node.keys[*]")).containsExactly(TOWN_A);
	}

	@Test
	void removesAnUploadedBoundary() {
		upload(this.admin, collection(feature("code", TOWN_A, SQUARE_A)));

		HttpResponse<String> removed = this.admin.send(HttpRequest.newBuilder(URI.create(this.admin.baseUrl()
				+ "/api/import/boundaries/" + TOWN_A)).DELETE());

		assertThat(removed.body()).contains("\"removed\":true");
		var areas = this.admin.graphQl().document("{ townAreas(townCodes: [\"%s\"]) { approximate } }".formatted(TOWN_A)).executeSync();
		assertThat(values(areas, "townAreas[*].approximate")).containsExactly(true);
	}

	@Test
	void takesBoundariesFromAnAdministratorOnly() {
		String file = collection(feature("code", TOWN_A, SQUARE_A));
		TongxinHttp editor = this.admin.createUser("district.editor", "EDITOR", false, List.of());
		TongxinHttp viewer = this.admin.createUser("district.viewer", "VIEWER", false, List.of());

		assertThat(upload(editor, file).statusCode()).isEqualTo(403);
		assertThat(upload(viewer, file).statusCode()).isEqualTo(403);
		assertThat(storedBoundaries()).isEmpty();
		assertThat(upload(this.admin, file).statusCode()).isEqualTo(200);
		assertThat(storedBoundaries()).containsOnlyKeys(TOWN_A);
	}

	@Test
	void refusesAWholeFileForOneBadFeatureAndKeepsWhatWasStored() {
		upload(this.admin, collection(feature("code", TOWN_A, SQUARE_A)));
		String squareB = SQUARE_A.replace("107.2", "107.45").replace("107.4,", "107.6,");
		Map<String, String> refusals = Map.of(
				collection(feature("code", TOWN_B, squareB), feature("code", TOWN_A, BOW_TIE)),
				"第 2 个要素（镇 610322100）：边界自相交（边线交叉），在经度 107.3、纬度 34.6 附近",
				collection(feature("code", TOWN_B, squareB), feature("code", "610322199", SQUARE_A)),
				"第 2 个要素（镇 610322199）：没有这个镇，请先导入 towns 台账",
				collection(feature("code", TOWN_B, squareB), feature("town_code", TOWN_B, squareB)),
				"第 2 个要素（镇 610322101）：这个镇已在第 1 个要素中出现",
				collection(feature("code", TOWN_B, SQUARE_A.replace("[107.2,34.5]]", "[107.2,34.6]]"))),
				"第 1 个要素（镇 610322101）：外环没有闭合：最后一个点应与第一个点相同",
				collection(feature("code", TOWN_B, SQUARE_A.replace("34.7", "94.7"))),
				"第 1 个要素（镇 610322101）：外环第 3 个点 [107.4, 94.7] 超出范围",
				"code,name\n610322101,乙镇\n", "文件不是有效的 JSON（GeoJSON），没有导入任何边界",
				"{\"type\":\"Polygon\",\"coordinates\":[]}", "文件不是 GeoJSON FeatureCollection");

		refusals.forEach((file, message) -> {
			HttpResponse<String> refused = upload(this.admin, file);
			assertThat(refused.statusCode()).as(file).isEqualTo(400);
			assertThat(refused.body()).as(file).contains("边界文件未导入", message);
			assertThat(storedBoundaries()).as(file).isEqualTo(Map.of(TOWN_A, SQUARE_A));
		});
	}

	@Test
	void answersATownUserTheAreasOfTheirTownsOnly() {
		upload(this.admin, collection(feature("code", TOWN_B, SQUARE_A.replace("107.2", "107.45").replace("107.4,", "107.6,"))));
		TongxinHttp viewerOfA = TwoTowns.viewerOf(this.admin, TOWN_A);

		var all = viewerOfA.graphQl().document("{ townAreas { town { code } approximate } }").executeSync();
		var asked = viewerOfA.graphQl()
			.document("{ townAreas(townCodes: [\"%s\", \"%s\"]) { town { code } } }".formatted(TOWN_A, TOWN_B)).executeSync();
		var onlyB = viewerOfA.graphQl().document("{ townAreas(townCodes: [\"%s\"]) { geoJson } }".formatted(TOWN_B)).executeSync();

		assertThat(values(all, "townAreas[*].town.code")).containsExactly(TOWN_A);
		assertThat(values(all, "townAreas[*].approximate")).containsExactly(true);
		assertThat(values(asked, "townAreas[*].town.code")).containsExactly(TOWN_A);
		assertThat(values(onlyB, "townAreas")).isEmpty();
		var admins = this.admin.graphQl().document("{ townAreas { town { code } approximate } }").executeSync();
		assertThat(values(admins, "townAreas[*].approximate")).containsExactly(true, false);
	}

	@Test
	void takesGcj02CoordinatesBackToWgs84OnImport() {
		// 甲一村 read off a 高德 map: the GCJ-02 image of 34.60 N, 107.30 E
		var gcj = cn.tongxin.graph.ledger.Gcj02.fromWgs84(34.60, 107.30);
		HttpResponse<String> imported = this.admin.postImport("villages?coordinates=gcj02", "text/csv",
				"code,name,town_code,latitude,longitude\n610322100001,甲一村,610322100,%s,%s\n"
					.formatted(gcj.latitude(), gcj.longitude()).getBytes(StandardCharsets.UTF_8));

		assertThat(imported.body()).contains("\"unchanged\":1");
		assertThat(this.admin.postImport("towns?coordinates=gcj02", "text/csv", TwoTowns.TOWNS_CSV.getBytes(StandardCharsets.UTF_8))
			.body()).contains("towns 台账没有经纬度");
		assertThat(this.admin.postImport("villages?coordinates=bd09", "text/csv", "code\n".getBytes(StandardCharsets.UTF_8))
			.body()).contains("请先转换为 GCJ-02");
	}

	private static String feature(String property, String town, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"%s\":\"%s\",\"name\":\"镇\"},\"geometry\":%s}".formatted(property, town, geometry);
	}

	private static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	private static HttpResponse<String> upload(TongxinHttp client, String body) {
		return client.postImport("boundaries", "application/geo+json", body.getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Object> storedBoundaries() {
		var stored = new java.util.TreeMap<String, Object>();
		this.neo4j.query("MATCH (t:Town) WHERE t.boundary IS NOT NULL RETURN t.code AS code, t.boundary AS boundary")
			.fetch().all().forEach(row -> stored.put((String) row.get("code"), row.get("boundary")));
		return stored;
	}

}

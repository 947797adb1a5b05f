package cn.tongxin.graph.workbench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.TwoTowns;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static cn.tongxin.graph.TwoTowns.TOWN_A;
import static cn.tongxin.graph.TwoTowns.TOWN_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The planner's map (结对地图) in Debian's headless Chromium, as WorkbenchBrowserTests drives it, on two small towns
 * rather than the demo district, so that each test starts from the same few villages. Town A: V1 (paired with E1),
 * V2 (a community, unpaired), V3 (no location: not on the map). Town B: B1 (paired with E2). A site of each town.
 */
@GraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapBrowserTests {

	static final Path SCREENSHOTS = Path.of("target/workbench");

	static final String V2 = "610322100002";

	// map.js's grid margins, in pixels
	static final int GRID_LEFT = 56, GRID_RIGHT = 16, GRID_TOP = 56, GRID_BOTTOM = 36;

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@RegisterExtension
	final WorkbenchBrowser browser = new WorkbenchBrowser();

	TongxinHttp admin;

	@BeforeEach
	void twoTownsOnTheMap() {
		this.admin = TwoTowns.emptyGraphWithTownsAB(this.neo4j, this.port);
		ok("villages", """
				code,name,town_code,kind,households,latitude,longitude
				610322100001,一村,%1$s,VILLAGE,300,34.00,107.00
				%3$s,二社区,%1$s,COMMUNITY,800,34.20,107.00
				610322100003,三村,%1$s,VILLAGE,1200,,
				610322101001,乙一村,%2$s,VILLAGE,500,34.00,107.50
				""".formatted(TOWN_A, TOWN_B, V2));
		ok("enterprises", """
				credit_code,name,town_code,industry,latitude,longitude
				91610322022725555J,甲农业,%1$s,AGRICULTURE,34.10,107.00
				91610322003046178X,乙物流,%2$s,LOGISTICS,34.05,107.50
				916103220168474769,甲食品,%1$s,FOOD,34.18,107.02
				""".formatted(TOWN_A, TOWN_B));
		ok("pairings", """
				enterprise_credit_code,village_code,since
				91610322022725555J,610322100001,2024-01-01
				91610322003046178X,610322101001,2024-01-01
				""");
		ok("sites", """
				id,name,kind,level,domain,town_code,established_on,latitude,longitude
				Z1,甲站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,2023-01-01,34.01,107.01
				Z2,乙站,PRACTICE_STATION,VILLAGE,VILLAGE,%s,2023-01-01,34.01,107.51
				""".formatted(TOWN_A, TOWN_B));
	}

	@Test
	void drawsTheDistrictWithTheCountsTheApiGivesAndAsksNothingOutsideTheService() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		var outside = new ArrayList<String>();
		page.onRequest(request -> {
			if (!request.url().startsWith("http://127.0.0.1:" + this.port) && !request.url().startsWith("data:")) {
				outside.add(request.url());
			}
		});
		page.navigate(url("/map"));
		page.waitForSelector("#map[data-loaded=true]");
		screenshot(page, "map.png");

		assertThat(page.locator("#map").getAttribute("data-villages")).isEqualTo("3");
		assertThat(page.locator("#map").getAttribute("data-unpaired")).isEqualTo("1");
		assertThat(page.locator("#map").getAttribute("data-enterprises")).isEqualTo("3");
		assertThat(page.locator("#shown").textContent()).contains("3 个村（社区），其中未结对 1 个", "结对关系 2 条", "阵地 2 个");
		assertThat(page.locator("header nav a.active").textContent()).isEqualTo("结对地图");
		var areas = this.admin.graphQl().document("{ townAreas { approximate } }").executeSync();
		assertThat(page.locator("#map").getAttribute("data-areas")).as("the towns' areas, the bottom layer")
			.isEqualTo(String.valueOf(values(areas, "townAreas").size()));
		assertThat(page.locator("#map").getAttribute("data-approximate"))
			.isEqualTo(String.valueOf(values(areas, "townAreas[?(@.approximate == true)]").size()));
		assertThat(values(areas, "townAreas")).as("approximate areas of both towns, from their villages").hasSize(2);
		assertThat(page.locator("#shown").textContent()).contains("示意");
		assertThat(page.locator("#export-xlsx").getAttribute("href")).startsWith("/api/export/map-villages?west=");

		Download picture = page.waitForDownload(() -> page.click("#export-png"));
		assertThat(picture.suggestedFilename()).isEqualTo("结对地图-" + GraphTestConfiguration.TODAY + ".png");

		// zoomed in on town A's side, the map asks for the smaller box once the wheel rests
		String before = page.locator("#export-xlsx").getAttribute("href");
		var box = page.locator("#map").boundingBox();
		page.mouse().move(box.x + box.width * 0.2, box.y + box.height * 0.3);
		page.mouse().wheel(0, -600);
		// Playwright's own polling: the page's Content-Security-Policy forbids evaluating strings
		PlaywrightAssertions.assertThat(page.locator("#export-xlsx")).not().hasAttribute("href", before);
		page.waitForSelector("#map[data-loaded=true]");
		assertThat(outside).as("requests to anything but the service").isEmpty();
	}

	@Test
	void opensAnUnpairedVillagesCardWithItsSuggestionsByAClick() {
		var suggested = this.admin.graphQl()
			.document("query($code: ID!) { pairingSuggestions(villageCode: $code, first: 3) { reason } }")
			.variable("code", V2)
			.executeSync();
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate(url("/map?town=" + TOWN_A));
		page.waitForSelector("#map[data-loaded=true]");
		assertThat(page.locator("#map").getAttribute("data-villages")).as("town A's on the map").isEqualTo("2");
		assertThat(page.locator("#map").getAttribute("data-areas")).as("town A's area only").isEqualTo("1");

		// where ECharts drew V2 (a community, unpaired), in the page's pixels
		@SuppressWarnings("unchecked")
		List<Number> at = (List<Number>) page.evaluate(
				"() => document.getElementById('map').chart.convertToPixel({seriesId: '未结对社区'}, [107.0, 34.2])");
		var box = page.locator("#map").boundingBox();
		page.mouse().click(box.x + at.get(0).doubleValue(), box.y + at.get(1).doubleValue());
		page.waitForSelector("#village-card[data-loaded=true]");
		screenshot(page, "map-card.png");

		assertThat(page.locator("#village-card h2").textContent()).isEqualTo("二社区");
		assertThat(page.locator("#card-suggestions li.suggestion .reason").allTextContents())
			.containsExactlyElementsOf(values(suggested, "pairingSuggestions[*].reason"))
			.isNotEmpty();
		assertThat(page.locator("#card-nearest li").count()).isEqualTo(3);
		assertThat(page.url()).matches(".*/map\\?town=" + TOWN_A + "&village=" + V2 + "&view=[-0-9.]+(,[-0-9.]+){3}");
		assertThat(page.locator("button.pair").count()).as("the administrator may pair with each")
			.isEqualTo(values(suggested, "pairingSuggestions").size());
	}

	@Test
	void opensTheBoxALinkNamesKeepsTheBoxInSightInTheAddressAndPansAndZoomsPastIt() {
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		var asked = new ArrayList<String>();
		page.onRequest(request -> {
			if (request.url().endsWith("/graphql") && request.postData() != null && request.postData().contains("mapView")) {
				asked.add(request.postData());
			}
		});
		// a box around V1 only: V2 lies north of it, B1 east
		page.navigate(url("/map?view=106.9,33.9,107.1,34.1"));
		page.waitForSelector("#map[data-loaded=true]");

		assertThat(page.locator("#map").getAttribute("data-villages")).isEqualTo("1");
		assertThat(asked).as("the linked box first, not the district").hasSize(1);
		assertThat(asked.get(0)).contains("\"box\":{\"west\":106.9,\"south\":33.9,\"east\":107.1,\"north\":34.1}");
		assertThat(page.url()).endsWith("/map?view=106.9,33.9,107.1,34.1");

		// zoomed out at the middle, past the first view on every side: the axes follow, once the wheel rests
		var map = page.locator("#map").boundingBox();
		double middleX = map.x + GRID_LEFT + (map.width - GRID_LEFT - GRID_RIGHT) / 2;
		double middleY = map.y + GRID_TOP + (map.height - GRID_TOP - GRID_BOTTOM) / 2;
		page.mouse().move(middleX, middleY);
		page.mouse().wheel(0, 600);
		double[] wider = nextView(page, "106.9,33.9,107.1,34.1");
		assertThat(wider[0]).isLessThan(106.9);
		assertThat(wider[1]).isLessThan(33.9);
		assertThat(wider[2]).isGreaterThan(107.1);
		assertThat(wider[3]).isGreaterThan(34.1);
		// and dragged east: the box asked moves west, past the axes the first view was drawn on
		page.mouse().down();
		page.mouse().move(middleX + 400, middleY, new Mouse.MoveOptions().setSteps(8));
		page.mouse().up();
		double[] west = nextView(page, viewOf(page));
		assertThat(west[0]).isLessThan(wider[0] - (wider[2] - wider[0]) / 5);
		assertThat(west[2] - west[0]).isCloseTo(wider[2] - wider[0], within(0.001));
		assertThat(asked).as("one request a gesture").hasSize(3);

		// west east of east: not a box, so the district's first view, whose box the address then carries
		asked.clear();
		page.navigate(url("/map?town=" + TOWN_A + "&view=107.1,33.9,106.9,34.1"));
		page.waitForSelector("#map[data-loaded=true]");
		assertThat(page.locator("#map").getAttribute("data-villages")).isEqualTo("2");
		assertThat(asked.get(0)).contains("\"box\":{\"west\":-180,");
		assertThat(page.url()).matches(".*/map\\?town=" + TOWN_A + "&view=[-0-9.]+(,[-0-9.]+){3}")
			.doesNotContain("107.1,33.9,106.9,34.1");
	}

	@Test
	void leavesAnUploadedBoundarysHoleUnfilled() throws IOException {
		// town A's square with a square hole in its north-west corner, both rings turned the same way (RFC 7946 would
		// turn the hole the other way; the page must not depend on it)
		String boundary = """
				{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "%s"},
				 "geometry": {"type": "Polygon", "coordinates": [
				  [[106.9, 33.9], [107.1, 33.9], [107.1, 34.3], [106.9, 34.3], [106.9, 33.9]],
				  [[106.92, 34.22], [106.98, 34.22], [106.98, 34.28], [106.92, 34.28], [106.92, 34.22]]]}}]}
				""".formatted(TOWN_A);
		assertThat(this.admin.postImport("boundaries", "application/geo+json", boundary.getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(200);
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate(url("/map?town=" + TOWN_A + "&view=106.85,33.85,107.15,34.35"));
		page.waitForSelector("#map[data-loaded=true][data-areas='1'][data-approximate='0']");

		// the picture the chart exports, read in the hole, west of the town on the same latitude (so that a grid line
		// through one is through both), and in the town's body: points off the grid's round figures and the markers
		@SuppressWarnings("unchecked")
		List<Object> drawn = (List<Object>) page.evaluate("""
				points => {
				  const chart = document.getElementById('map').chart;
				  return [chart.getDataURL({ type: 'png', pixelRatio: 1, backgroundColor: '#fff' }),
				    ...points.map(point => chart.convertToPixel({ gridIndex: 0 }, point))];
				}""", List.of(List.of(106.957, 34.243), List.of(106.873, 34.243), List.of(107.073, 34.263)));
		screenshot(page, "map-hole.png");
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
				Base64.getDecoder().decode(((String) drawn.get(0)).replaceFirst("^data:image/png;base64,", ""))));
		Function<Integer, Integer> colour = index -> {
			@SuppressWarnings("unchecked")
			List<Number> at = (List<Number>) drawn.get(index);
			return picture.getRGB((int) Math.round(at.get(0).doubleValue()), (int) Math.round(at.get(1).doubleValue()));
		};
		int hole = colour.apply(1);
		int outside = colour.apply(2);
		int body = colour.apply(3);
		assertThat(outside).as("west of the town: the white under the chart").isEqualTo(0xFFFFFFFF);
		assertThat(body).as("the town's body is shaded").isNotEqualTo(outside);
		assertThat(hole).as("the hole is drawn as outside the town").isEqualTo(outside);
	}
	@Test
	void anAdministratorChecksAndUploadsBoundariesOnTheImportPageAndAnEditorSeesNoSuchForm() {
		String square = "{\"type\":\"Polygon\",\"coordinates\":[[[106.9,33.9],[107.1,33.9],[107.1,34.3],[106.9,34.3],[106.9,33.9]]]}";
		String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[106.9,33.9],[107.1,34.3],[107.1,33.9],[106.9,34.3],[106.9,33.9]]]}";
		String feature = "{\"type\":\"Feature\",\"properties\":{\"code\":\"%s\"},\"geometry\":%s}";
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate(url("/import"));
		page.onDialog(dialog -> dialog.accept());

		page.setInputFiles("#boundary-file", geoJson("{\"type\":\"FeatureCollection\",\"features\":["
				+ feature.formatted(TOWN_A, square) + "," + feature.formatted(TOWN_B, bowTie) + "]}"));
		page.click("#boundary-check");
		page.waitForSelector("#boundaries[data-report=refused]");
		assertThat(page.locator("#boundary-problems tbody tr").count()).isEqualTo(1);
		assertThat(page.locator("#boundary-problems tbody td").allTextContents().subList(0, 2))
			.containsExactly("第 2 个", TOWN_B);
		assertThat(page.locator("#boundary-problems tbody td").nth(2).textContent()).contains("自相交");

		page.setInputFiles("#boundary-file", geoJson("{\"type\":\"FeatureCollection\",\"features\":["
				+ feature.formatted(TOWN_A, square) + "]}"));
		page.click("#boundary-check");
		page.waitForSelector("#boundaries[data-report=checked]");
		assertThat(page.locator("#boundary-counts").textContent()).startsWith("检查通过（尚未写入）：将新增 1 个镇的边界")
			.contains(TOWN_A);
		assertThat(values(this.admin.graphQl().document("{ townAreas { approximate } }").executeSync(),
				"townAreas[?(@.approximate == false)]")).as("nothing stored by a check").isEmpty();
		page.click("#boundary-upload");
		page.waitForSelector("#boundaries[data-report=uploaded]");
		assertThat(page.locator("#boundary-counts").textContent()).startsWith("已上传：新增 1 个镇的边界");
		assertThat(values(this.admin.graphQl().document("{ townAreas { approximate } }").executeSync(),
				"townAreas[?(@.approximate == false)]")).hasSize(1);

		TwoTowns.editorOf(this.admin, TOWN_A);
		Page editor = signIn("a.editor", TongxinHttp.USER_PASSWORD);
		editor.navigate(url("/import"));
		editor.waitForSelector("#ledger");
		assertThat(editor.locator("#boundaries").count()).as("the ledgers' import, without the boundaries'").isZero();
	}

	private static FilePayload geoJson(String body) {
		return new FilePayload("towns.geojson", "application/geo+json", body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void listsOnlyTheTownInSightPastAThousandTownsAndTheFinderReachesAnyOfThem() {
		var towns = new StringBuilder("code,name\n");
		for (int i = 0; i < 1000; i++) {
			towns.append(610400000 + i).append(",丙").append(i).append("镇\n");
		}
		ok("towns", towns.toString());
		Page page = signIn("admin", GraphTest.ADMIN_PASSWORD);
		page.navigate(url("/map"));
		page.waitForSelector("#town[data-loaded=true]");
		assertThat(page.locator("#town option").allTextContents()).as("1,002 towns: none listed").containsExactly("全区");

		page.fill("#find", "甲镇");
		String option = page.locator("#found option[data-id='" + TOWN_A + "']").getAttribute("value");
		page.fill("#find", option);
		page.waitForSelector("#map[data-loaded=true][data-villages='2']");
		assertThat(page.locator("#town option").allTextContents()).containsExactly("全区", "甲镇");
		assertThat(page.locator("#town").inputValue()).isEqualTo(TOWN_A);
	}

	@Test
	void anEditorPairsFromTheCardAndTheUnpairedCountDrops() {
		TwoTowns.editorOf(this.admin, TOWN_A);
		Page page = signIn("a.editor", TongxinHttp.USER_PASSWORD);
		page.navigate(url("/map?town=" + TOWN_A + "&village=" + V2));
		page.waitForSelector("#village-card[data-loaded=true]");
		assertThat(page.locator("#map").getAttribute("data-unpaired")).isEqualTo("1");
		String enterprise = page.locator("#card-suggestions li.suggestion strong").first().textContent().split(" · ")[0];

		page.onDialog(dialog -> dialog.accept());
		page.locator("button.pair").first().click();
		page.waitForSelector("#map[data-loaded=true][data-unpaired='0']");
		page.waitForSelector("#card-pairings");

		assertThat(page.locator("#card-pairings li").first().textContent()).startsWith(enterprise + "，" + GraphTestConfiguration.TODAY + " 起");
		assertThat(page.locator("#shown").textContent()).contains("结对关系 2 条");
	}

	@Test
	void aViewerSeesTheCardWithoutAPairButtonAndOnlyTheirTown() {
		TwoTowns.viewerOf(this.admin, TOWN_A);
		Page page = signIn("a.viewer", TongxinHttp.USER_PASSWORD);
		page.navigate(url("/map?village=" + V2));
		page.waitForSelector("#village-card[data-loaded=true]");
		page.waitForSelector("#map[data-loaded=true]");

		assertThat(page.locator("#card-suggestions li.suggestion").count()).isPositive();
		assertThat(page.locator("button.pair").count()).isZero();
		assertThat(page.locator("#map").getAttribute("data-villages")).isEqualTo("2");
		page.waitForSelector("#town[data-loaded=true]");
		assertThat(page.locator("#town option").allTextContents()).containsExactly("全区", "甲镇");

		// a paired village's card: its project with its status named as the server's enum names it
		ok("projects", """
				id,name,enterprise_credit_code,village_code,status,started,investment_wan
				P1,甲农业大棚,91610322022725555J,610322100001,IN_PROGRESS,2024-03-01,12.5
				""");
		page.navigate(url("/map?village=610322100001"));
		page.waitForSelector("#village-card[data-loaded=true]");
		assertThat(page.locator("#card-pairings li li").allTextContents())
			.containsExactly("项目：甲农业大棚（进行中），2024-03-01 开始，投资 12.5 万元");

		page.navigate(url("/map?village=610322101001"));
		page.waitForSelector("#problem:not([hidden])");
		assertThat(page.locator("#problem").textContent()).contains("没有这个村（社区）");

		// the finder: another town's village is not found; one of theirs is, and picking it opens it in its town
		page.navigate(url("/map"));
		page.waitForSelector("#map[data-loaded=true]");
		page.fill("#find", "乙一");
		page.waitForSelector("#find[data-found='0']");
		page.fill("#find", "二社");
		page.waitForSelector("#find[data-found='1']");
		String option = page.locator("#found option").first().getAttribute("value");
		assertThat(option).isEqualTo("二社区（村（社区），甲镇）");
		page.fill("#find", option);
		page.waitForSelector("#village-card[data-loaded=true][data-village='" + V2 + "']");
		page.waitForSelector("#town[data-loaded=true]");
		assertThat(page.locator("#town").inputValue()).isEqualTo(TOWN_A);
		assertThat(page.url()).contains("town=" + TOWN_A + "&village=" + V2);
	}

	/**
	 * Waits for the address to carry another view than {@code before}, and for its answer drawn. (The pattern goes to
	 * the browser as a JavaScript regular expression: no Pattern.quote.)
	 */
	private static double[] nextView(Page page, String before) {
		PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*view=" + before.replace(".", "\\.") + "$"));
		page.waitForSelector("#map[data-loaded=true]");
		return Arrays.stream(viewOf(page).split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	private static String viewOf(Page page) {
		return page.url().replaceFirst(".*[?&]view=", "");
	}

	private Page signIn(String username, String password) {
		return this.browser.signIn(url(""), username, password,
				new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void ok(String kind, String csv) {
		assertThat(this.admin.importCsv(kind, csv).rejected()).as(kind).isEmpty();
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

}

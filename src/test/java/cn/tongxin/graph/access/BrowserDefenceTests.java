package cn.tongxin.graph.access;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps another site, or a script smuggled into a page, from using a signed-in browser: the headers on every
 * answer, pages without inline scripts, the session cookie's attributes, and CSRF tokens wherever a browser sends
 * credentials by itself.
 */
@GraphTest
class BrowserDefenceTests {

	static final String MUTATION = "{\"query\":\"mutation { unlockUser(username: \\\"admin\\\") { problems { field } } }\"}";

	static final List<String> PAGES = List.of("/explore", "/health", "/coverage", "/coverage/towns/610322100",
			"/planning", "/console", "/import", "/members", "/staffing", "/login");

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void oneTown() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
	}

	@Test
	void putsTheSecurityHeadersOnEveryAnswer() {
		Browser browser = new Browser(this.port).signedIn("admin", "admin-password-for-tests");
		var answers = new LinkedHashMap<String, HttpResponse<String>>();
		for (String page : PAGES) {
			answers.put(page, browser.page(page));
		}
		answers.put("stylesheet", browser.page("/workbench/workbench.css"));
		answers.put("GraphQL", browser.graphQl("{ towns { code } }", true));
		answers.put("GraphQL by Basic", post(this.admin, "{\"query\":\"{ towns { code } }\"}", Map.of()));
		answers.put("refused", post(new TongxinHttp(this.port, null, null), "{\"query\":\"{ towns { code } }\"}", Map.of()));
		answers.put("login redirect", new Browser(this.port).page("/explore"));

		answers.forEach((what, answer) -> {
			HttpHeaders headers = answer.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(what)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';")
					.contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-eval")
					.doesNotContainPattern("script-src[^;]*unsafe-inline"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
			assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
		});
		assertThat(answers.get("/console").statusCode()).isEqualTo(200);
	}

	@Test
	void servesPagesWhoseScriptsAllComeFromFiles() {
		Browser browser = new Browser(this.port).signedIn("admin", "admin-password-for-tests");
		var inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
		var handler = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

		for (String path : PAGES) {
			String page = browser.page(path).body();
			assertThat(page).as(path).contains("<html");
			assertThat(inlineScript.matcher(page).find()).as("an inline script in " + path).isFalse();
			assertThat(handler.matcher(page).find()).as("an event handler attribute in " + path).isFalse();
			assertThat(page).as(path).doesNotContain("javascript:");
		}
	}

	@Test
	void keepsTheSessionAndCsrfCookiesFromScriptsAndFromOtherSites() {
		var browser = new Browser(this.port);
		HttpResponse<String> login = browser.page("/login");
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("XSRF-TOKEN=")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax"));

		HttpResponse<String> signedIn = browser.signIn("admin", "admin-password-for-tests");
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("TONGXIN_SESSION=")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax"))
			.as("no instance keeps an HTTP session")
			.noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
		assertThat(browser.page("/explore").headers().allValues("Set-Cookie"))
			.noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
	}

	@Test
	void wantsTheCsrfTokenWithASessionButNotWithABearerToken() {
		Browser browser = new Browser(this.port).signedIn("admin", "admin-password-for-tests");
		String token = value(this.admin.graphQl()
			.document("mutation { createApiToken(input: { name: \"脚本\" }) { token } }")
			.executeSync(), "createApiToken.token");

		assertThat(browser.send(mutation(browser)).statusCode()).as("session, no CSRF token").isEqualTo(403);
		assertThat(browser.send(mutation(browser).header("X-CSRF-TOKEN", browser.csrfToken())).statusCode())
			.as("session with its CSRF token").isEqualTo(200);
		HttpResponse<String> byToken = post(this.admin.withToken(token), MUTATION, Map.of());
		assertThat(byToken.statusCode()).as("Bearer token, no CSRF token").isEqualTo(200);
		assertThat(byToken.body()).contains("\"problems\":[]");
	}

	@Test
	void wantsTheCsrfTokenWithBasicCredentialsABrowserSendsByItself() {
		Map<String, String> fromAnotherSite = Map.of("Origin", "http://elsewhere.example", "Sec-Fetch-Site",
				"cross-site", "Sec-Fetch-Mode", "no-cors");

		assertThat(post(this.admin, MUTATION, fromAnotherSite).statusCode()).as("remembered Basic, from a page")
			.isEqualTo(403);
		assertThat(post(this.admin, MUTATION, Map.of("Origin", "http://elsewhere.example")).statusCode())
			.isEqualTo(403);
		assertThat(post(this.admin, MUTATION, Map.of()).statusCode()).as("a program's Basic").isEqualTo(200);
	}

	private HttpRequest.Builder mutation(Browser browser) {
		return browser.request("/graphql")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(MUTATION));
	}

	private HttpResponse<String> post(TongxinHttp client, String body, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(URI.create(client.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return client.send(request);
	}

}

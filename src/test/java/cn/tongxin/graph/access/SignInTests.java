package cn.tongxin.graph.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

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

/** Who gets in, over real HTTP: API clients with HTTP Basic, browsers with the login form, CSRF and a session. */
@GraphTest
class SignInTests {

	static final String QUERY = "{\"query\":\"{ towns { code } }\"}";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void onlyTheAdministrator() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
	}

	@Test
	void letsAnyoneAskForHealthButNothingElse() {
		var anonymous = new TongxinHttp(this.port, null, null);

		assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
		HttpResponse<String> graphql = postGraphQl(anonymous, QUERY);
		assertThat(graphql.statusCode()).isEqualTo(401);
		assertThat(graphql.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
		assertThat(anonymous.postImport("towns", "text/csv", "code,name\n610322100,甲镇\n".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(401);
		assertThat(anonymous.get("/graphql/schema").statusCode()).isEqualTo(401);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUser() {
		assertThat(postGraphQl(this.admin.as("admin", "not-the-password"), QUERY).statusCode()).isEqualTo(401);
		assertThat(postGraphQl(this.admin.as("nobody", "whatever-password"), QUERY).statusCode()).isEqualTo(401);
		assertThat(postGraphQl(this.admin, QUERY).statusCode()).isEqualTo(200);
	}

	@Test
	void sendsABrowserToTheLoginFormInsteadOfAskingForBasic() {
		var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> page = send(browser, HttpRequest.newBuilder(uri("/")).header("Accept", "text/html"));

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	@Test
	void keepsABrowserSignedInWithASessionAndWantsItsCsrfToken() {
		var browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginToken = csrfToken(send(browser, HttpRequest.newBuilder(uri("/login"))).body());
		String form = "username=admin&password=" + GraphTest.ADMIN_PASSWORD + "&_csrf=" + loginToken;

		HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		HttpResponse<String> withoutToken = send(browser, graphQlRequest(QUERY));
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		String sessionToken = csrfToken(send(browser, HttpRequest.newBuilder(uri("/login"))).body());
		HttpResponse<String> withToken = send(browser, graphQlRequest(QUERY).header("X-CSRF-TOKEN", sessionToken));
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.headers().allValues("Set-Cookie")).as("the token stays as it was").isEmpty();
		assertThat(send(browser, graphQlRequest(QUERY).header("X-CSRF-TOKEN", sessionToken)).statusCode())
			.as("the page's token, sent again").isEqualTo(200);
	}

	@Test
	void refusesALoginFormPostedWithoutItsCsrfToken() {
		var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + GraphTest.ADMIN_PASSWORD)));

		assertThat(login.statusCode()).isEqualTo(403);
	}

	@Test
	void answersWhoIsSignedIn() {
		var me = this.admin.graphQl().document("{ me { username role pii enabled towns { code } } }").executeSync();

		assertThat(me.field("me.username").toEntity(String.class)).isEqualTo("admin");
		assertThat(me.field("me.role").toEntity(String.class)).isEqualTo("ADMIN");
		assertThat(me.field("me.pii").toEntity(Boolean.class)).isTrue();
		assertThat(values(me, "me.towns")).isEmpty();
	}

	private HttpResponse<String> postGraphQl(TongxinHttp client, String body) {
		return client.send(graphQlRequest(body));
	}

	private HttpRequest.Builder graphQlRequest(String body) {
		return HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String csrfToken(String loginPage) {
		var matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(matcher.find()).as("a CSRF token on the login page").isTrue();
		return matcher.group(1);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

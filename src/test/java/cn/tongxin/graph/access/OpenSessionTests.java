package cn.tongxin.graph.access;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rights taken away from a user take effect at the user's very next request in a session that is already open:
 * the session keeps who signed in, not what they may do.
 */
@GraphTest
class OpenSessionTests {

	static final String PHONE = "13812345678";

	static final String ASK_PHONE = "{ representative(id: \"R1\") { phone } }";

	static final String UPDATE_USER = """
			mutation($input: UpdateUserInput!) { updateUser(input: $input) { problems { message } } }
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void aRepresentativeWithAPhone() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n");
		this.admin.importCsv("representatives",
				"id,name,category,level,phone,town_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT," + PHONE + ",610322100\n");
	}

	@Test
	void masksPersonalDataAtTheNextRequestOnceThePermissionIsTaken() {
		this.admin.createUser("session.pii", "VIEWER", true, List.of());
		Browser browser = new Browser(this.port).signedIn("session.pii", TongxinHttp.USER_PASSWORD);
		assertThat(phone(browser)).isEqualTo(PHONE);

		update("session.pii", Map.of("pii", false));

		assertThat(phone(browser)).isNotEqualTo(PHONE).contains("****");
	}

	@Test
	void narrowsTheTownsAtTheNextRequest() {
		this.admin.createUser("session.towns", "VIEWER", false, List.of());
		Browser browser = new Browser(this.port).signedIn("session.towns", TongxinHttp.USER_PASSWORD);
		assertThat(towns(browser)).containsExactly("610322100", "610322101");

		update("session.towns", Map.of("townCodes", List.of("610322101")));

		assertThat(towns(browser)).containsExactly("610322101");
		assertThat(phone(browser)).as("a representative of another town").isNull();
	}

	@Test
	void takesAnEditorsImportAwayAtTheNextRequest() {
		this.admin.createUser("session.editor", "EDITOR", false, List.of());
		Browser browser = new Browser(this.port).signedIn("session.editor", TongxinHttp.USER_PASSWORD);
		assertThat(importTowns(browser).statusCode()).isEqualTo(200);

		update("session.editor", Map.of("role", "VIEWER"));

		assertThat(importTowns(browser).statusCode()).isEqualTo(403);
		assertThat(browser.graphQl("{ me { role } }", true).body()).contains("VIEWER");
	}

	@Test
	void signsOutADisabledUserAtTheNextRequest() {
		this.admin.createUser("session.leaver", "VIEWER", false, List.of());
		this.admin.createUser("session.stayer", "VIEWER", false, List.of());
		Browser browser = new Browser(this.port).signedIn("session.leaver", TongxinHttp.USER_PASSWORD);
		Browser colleague = new Browser(this.port).signedIn("session.stayer", TongxinHttp.USER_PASSWORD);
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);

		update("session.leaver", Map.of("enabled", false));

		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(401);
		HttpResponse<String> page = browser.page("/explore");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(colleague.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);
	}

	@Test
	void signsOutEverySessionOfAUserWhosePasswordWasChanged() {
		this.admin.createUser("session.reset", "VIEWER", false, List.of());
		Browser browser = new Browser(this.port).signedIn("session.reset", TongxinHttp.USER_PASSWORD);
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);

		update("session.reset", Map.of("password", "a-brand-new-password"));

		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(401);
		Browser again = new Browser(this.port).signedIn("session.reset", "a-brand-new-password");
		assertThat(again.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);
	}

	private void update(String username, Map<String, Object> changes) {
		var input = new HashMap<String, Object>(changes);
		input.put("username", username);
		assertThat(values(this.admin.graphQl().document(UPDATE_USER).variable("input", input).executeSync(),
				"updateUser.problems")).isEmpty();
	}

	private static String phone(Browser browser) {
		HttpResponse<String> answer = browser.graphQl(ASK_PHONE, true);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonPath.read(answer.body(), "$.data.representative") == null ? null
				: JsonPath.read(answer.body(), "$.data.representative.phone");
	}

	private static List<String> towns(Browser browser) {
		HttpResponse<String> answer = browser.graphQl("{ towns { code } }", true);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonPath.read(answer.body(), "$.data.towns[*].code");
	}

	private static HttpResponse<String> importTowns(Browser browser) {
		return browser.send(browser.request("/api/import/towns")
			.header("Content-Type", "text/csv")
			.header("X-CSRF-TOKEN", browser.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("code,name\n610322100,甲镇\n")));
	}

}

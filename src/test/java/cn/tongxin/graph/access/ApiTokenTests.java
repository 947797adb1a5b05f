package cn.tongxin.graph.access;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.CypherCounter;
import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.client.ClientGraphQlResponse;

import static cn.tongxin.graph.TongxinHttp.value;
import static cn.tongxin.graph.TongxinHttp.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programs sign in with API tokens, over real HTTP: as the token's holder with the holder's rights as they are
 * at each request, at no cost of a password hash, and not at all with a token that is wrong, revoked or expired,
 * or whose holder has been disabled.
 */
@GraphTest
class ApiTokenTests {

	static final String CREATE = """
			mutation($input: CreateApiTokenInput!) {
			  createApiToken(input: $input) {
			    token apiToken { id name username createdOn expiresOn lastUsedOn } problems { field message }
			  }
			}
			""";

	static final String LIST = "{ apiTokens { id name username createdOn expiresOn lastUsedOn } }";

	static final String REVOKE = """
			mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id name } problems { field message } } }
			""";

	static final String UPDATE_USER = """
			mutation($input: UpdateUserInput!) { updateUser(input: $input) { problems { message } } }
			""";

	static final String PHONE = "13812345678";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherCounter cypher;

	TongxinHttp admin;

	@BeforeEach
	void twoTowns() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n");
		this.admin.importCsv("representatives",
				"id,name,category,level,phone,town_code\nR1,李娜,PRIVATE_ECONOMY,DISTRICT," + PHONE + ",610322100\n");
	}

	@Test
	void signsAProgramInAsTheTokensHolderWithTheHoldersTowns() {
		TongxinHttp clerk = this.admin.createUser("token.clerk", "EDITOR", false, List.of("610322100"));

		var created = create(clerk, Map.of("name", "夜间导入"));

		String token = value(created, "createApiToken.token");
		assertThat(token).startsWith("txg_").hasSizeGreaterThan(40);
		assertThat((String) value(created, "createApiToken.apiToken.name")).isEqualTo("夜间导入");
		assertThat((String) value(created, "createApiToken.apiToken.createdOn"))
			.isEqualTo(GraphTestConfiguration.TODAY.toString());
		assertThat((Object) value(created, "createApiToken.apiToken.expiresOn")).isNull();
		TongxinHttp program = clerk.withToken(token);
		var me = program.graphQl().document("{ me { username role towns { code } } }").executeSync();
		assertThat((String) value(me, "me.username")).isEqualTo("token.clerk");
		assertThat(values(me, "me.towns[*].code")).containsExactly("610322100");
		assertThat(values(program.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code"))
			.containsExactly("610322100");
		assertThat(program.postImport("villages", "text/csv",
				"code,name,town_code\n610322100201,新村,610322100\n".getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(200);
		assertThat(values(clerk.graphQl().document(LIST).executeSync(), "apiTokens[*].lastUsedOn"))
			.containsExactly(GraphTestConfiguration.TODAY.toString());
	}

	@Test
	void keepsOnlyAHashOfTheSecret() {
		String token = token(this.admin.createUser("token.hash", "VIEWER", false, List.of()), "报表");

		Map<String, Object> stored = this.neo4j
			.query("MATCH (:User {username: 'token.hash'})-[:HOLDS]->(t:ApiToken) RETURN properties(t) AS t")
			.fetchAs(Map.class)
			.mappedBy((types, row) -> row.get("t").asMap())
			.one()
			.orElseThrow();

		assertThat(stored.values()).noneMatch(property -> property.toString().contains(token.substring(4)));
		assertThat(stored.get("hash")).isEqualTo(ApiTokens.hash(token));
	}

	@Test
	void costsNoQueryAndNoPasswordHashOnceTheTokenIsKnown() {
		TongxinHttp viewer = this.admin.createUser("token.busy", "VIEWER", false, List.of());
		TongxinHttp program = viewer.withToken(token(viewer, "看板"));
		this.cypher.reset();
		program.graphQl().document("{ towns { code } }").executeSync();
		assertThat(this.cypher.statements()).as("the token with its holder in one look-up, its first use of the day "
				+ "noted, and the question").isEqualTo(3);

		this.cypher.reset();
		program.graphQl().document("{ towns { code } }").executeSync();
		int byToken = this.cypher.statements();
		this.cypher.reset();
		viewer.graphQl().document("{ towns { code } }").executeSync();
		int byPassword = this.cypher.statements();

		assertThat(byToken).as("the question itself, nothing to sign in").isEqualTo(1);
		assertThat(byPassword).as("the question and the user, whose password hash is checked").isEqualTo(2);
	}

	@Test
	void refusesAWrongTokenARevokedOneAndOneOfADisabledUser() {
		TongxinHttp viewer = this.admin.createUser("token.viewer", "VIEWER", false, List.of());
		String kept = token(viewer, "保留");
		String revoked = token(viewer, "撤销");
		assertThat(status(revoked)).isEqualTo(200);

		var revoke = viewer.graphQl().document(REVOKE).variable("id", id(viewer, "撤销")).executeSync();

		assertThat(values(revoke, "revokeApiToken.problems")).isEmpty();
		HttpResponse<String> refused = ask(revoked);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
		assertThat(status("txg_" + "A".repeat(43))).isEqualTo(401);
		assertThat(status("not-a-token")).isEqualTo(401);
		assertThat(status(kept)).isEqualTo(200);

		update("token.viewer", Map.of("enabled", false));

		assertThat(status(kept)).isEqualTo(401);
	}

	@Test
	void refusesATokenFromTheDayItExpires() {
		TongxinHttp viewer = this.admin.createUser("token.expiring", "VIEWER", false, List.of());
		String tomorrow = GraphTestConfiguration.TODAY.plusDays(1).toString();
		var created = create(viewer, Map.of("name", "明天失效", "expiresOn", tomorrow));
		String valid = value(created, "createApiToken.token");
		String expired = token(viewer, "今天失效");
		this.neo4j.query("MATCH (t:ApiToken {name: '今天失效'}) SET t.expiresOn = $today")
			.bind(GraphTestConfiguration.TODAY)
			.to("today")
			.run();

		assertThat((String) value(created, "createApiToken.apiToken.expiresOn")).isEqualTo(tomorrow);
		assertThat(status(valid)).isEqualTo(200);
		assertThat(status(expired)).isEqualTo(401);
		var today = create(viewer, Map.of("name", "今天", "expiresOn", GraphTestConfiguration.TODAY.toString()));
		assertThat(values(today, "createApiToken.problems[*].field")).containsExactly("expiresOn");
		assertThat((Object) value(today, "createApiToken.token")).isNull();
	}

	@Test
	void carriesTheHoldersRightsAsTheyAreAtEachRequest() {
		TongxinHttp clerk = this.admin.createUser("token.rights", "EDITOR", true, List.of());
		TongxinHttp program = clerk.withToken(token(clerk, "同步"));
		assertThat((String) value(program.graphQl().document("{ representative(id: \"R1\") { phone } }").executeSync(),
				"representative.phone")).isEqualTo(PHONE);

		update("token.rights", Map.of("pii", false, "role", "VIEWER"));

		assertThat((String) value(program.graphQl().document("{ representative(id: \"R1\") { phone } }").executeSync(),
				"representative.phone")).isNotEqualTo(PHONE);
		byte[] towns = "code,name\n610322100,甲镇\n".getBytes(StandardCharsets.UTF_8);
		assertThat(program.postImport("towns", "text/csv", towns).statusCode()).isEqualTo(403);
	}

	@Test
	void listsAUsersOwnTokensAndAnAdministratorEverybodys() {
		TongxinHttp one = this.admin.createUser("token.one", "VIEWER", false, List.of());
		TongxinHttp two = this.admin.createUser("token.two", "VIEWER", false, List.of());
		token(one, "甲");
		token(two, "乙");

		assertThat(values(one.graphQl().document(LIST).executeSync(), "apiTokens[*].name")).containsExactly("甲");
		assertThat(values(this.admin.graphQl().document(LIST).executeSync(), "apiTokens[*].username"))
			.containsExactly("token.one", "token.two");
		var othersToken = one.graphQl().document(REVOKE).variable("id", id(two, "乙")).executeSync();
		assertThat(values(othersToken, "revokeApiToken.problems[*].field")).containsExactly("id");
		assertThat(values(two.graphQl().document(LIST).executeSync(), "apiTokens[*].name")).containsExactly("乙");
		var byAdministrator = this.admin.graphQl().document(REVOKE).variable("id", id(two, "乙")).executeSync();
		assertThat(values(byAdministrator, "revokeApiToken.problems")).isEmpty();
		assertThat(values(two.graphQl().document(LIST).executeSync(), "apiTokens")).isEmpty();
	}

	@Test
	void keepsATokenFromMakingAnother() {
		TongxinHttp viewer = this.admin.createUser("token.maker", "VIEWER", false, List.of());
		TongxinHttp program = viewer.withToken(token(viewer, "程序"));

		var refused = create(program, Map.of("name", "再造一个"));

		assertThat((Object) value(refused, "createApiToken.token")).isNull();
		assertThat(values(refused, "createApiToken.problems[*].message")).containsExactly("API 令牌不能创建令牌，请用密码登录后创建");
		assertThat(values(viewer.graphQl().document(LIST).executeSync(), "apiTokens[*].name")).containsExactly("程序");
	}

	private static ClientGraphQlResponse create(TongxinHttp client, Map<String, Object> input) {
		return client.graphQl().document(CREATE).variable("input", input).executeSync();
	}

	private static String token(TongxinHttp client, String name) {
		var created = create(client, Map.of("name", name));
		assertThat(values(created, "createApiToken.problems")).isEmpty();
		return value(created, "createApiToken.token");
	}

	private static String id(TongxinHttp client, String name) {
		List<Map<String, Object>> tokens = values(client.graphQl().document(LIST).executeSync(), "apiTokens");
		return tokens.stream().filter(token -> token.get("name").equals(name)).findFirst().orElseThrow().get("id").toString();
	}

	private void update(String username, Map<String, Object> changes) {
		var input = new HashMap<String, Object>(changes);
		input.put("username", username);
		assertThat(values(this.admin.graphQl().document(UPDATE_USER).variable("input", input).executeSync(),
				"updateUser.problems")).isEmpty();
	}

	private int status(String token) {
		return ask(token).statusCode();
	}

	private HttpResponse<String> ask(String token) {
		return new TongxinHttp(this.port, null, null).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
	}

}

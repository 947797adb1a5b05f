package cn.tongxin.graph.access;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

/** Roles over real HTTP, each rule with the allowed and the denied case, and users managed by administrators. */
@GraphTest
class UserManagementTests {

	static final String CREATE_USER = """
			mutation($input: CreateUserInput!) {
			  createUser(input: $input) { user { username role pii towns { code } } problems { field message } }
			}
			""";

	static final String UPDATE_USER = """
			mutation($input: UpdateUserInput!) {
			  updateUser(input: $input) { user { username role enabled } problems { field message } }
			}
			""";

	static final byte[] ONE_TOWN = "code,name\n610322100,甲镇\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void onlyTheAdministrator() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n");
	}

	@Test
	void letsAViewerReadButNotImportOrManageUsers() {
		TongxinHttp viewer = create("viewer1", "VIEWER", false, List.of());

		assertThat(values(viewer.graphQl().document("{ towns { code } }").executeSync(), "towns[*].code")).hasSize(2);
		assertThat(viewer.postImport("towns", "text/csv", ONE_TOWN).statusCode()).isEqualTo(403);
		assertThat(viewer.postImport("towns?dryRun=true", "text/csv", ONE_TOWN).statusCode()).isEqualTo(403);
		assertForbidden(viewer.graphQl().document("{ users { username } }").executeSync());
		assertForbidden(viewer.graphQl()
			.document(CREATE_USER)
			.variable("input", Map.of("username", "x1", "password", "long-enough-1", "role", "ADMIN"))
			.executeSync());
	}

	@Test
	void letsAnEditorImportButNotManageUsers() {
		TongxinHttp editor = create("editor1", "EDITOR", false, List.of());

		assertThat(editor.postImport("towns", "text/csv", ONE_TOWN).statusCode()).isEqualTo(200);
		assertForbidden(editor.graphQl().document("{ users { username } }").executeSync());
		assertForbidden(editor.graphQl()
			.document(UPDATE_USER)
			.variable("input", Map.of("username", "editor1", "role", "ADMIN"))
			.executeSync());
	}

	@Test
	void createsAUserWhoCanSignInWithTheirRoleAndTowns() {
		var response = createUser(Map.of("username", "zhang.wei", "password", "a-good-password", "role", "EDITOR", "pii",
				true, "townCodes", List.of("610322101")));

		assertThat(values(response, "createUser.problems")).isEmpty();
		assertThat(response.field("createUser.user.role").toEntity(String.class)).isEqualTo("EDITOR");
		assertThat(values(response, "createUser.user.towns[*].code")).containsExactly("610322101");
		var me = this.admin.as("zhang.wei", "a-good-password").graphQl().document("{ me { username role } }").executeSync();
		assertThat(me.field("me.role").toEntity(String.class)).isEqualTo("EDITOR");
		assertThat(values(this.admin.graphQl().document("{ users { username } }").executeSync(), "users[*].username"))
			.containsExactly("admin", "zhang.wei");
	}

	@Test
	void refusesABadNewUserWithEveryProblemAndWritesNothing() {
		var response = createUser(Map.of("username", "a", "password", "short", "role", "VIEWER", "townCodes",
				List.of("610322999")));

		assertThat(values(response, "createUser.problems[*].field")).containsExactly("username", "password", "townCodes");
		assertThat(values(response, "createUser.problems[*].message")).containsExactly("用户名须为 2–32 位字母、数字或 _ . -",
				"密码至少 8 位", "没有这些镇：610322999");
		assertThat((Object) response.field("createUser.user").getValue()).isNull();
		assertThat(createUser(Map.of("username", "admin", "password", "long-enough-1", "role", "VIEWER"))
			.field("createUser.problems[0].message")
			.toEntity(String.class)).isEqualTo("用户名 admin 已存在");
		assertThat(values(this.admin.graphQl().document("{ users { username } }").executeSync(), "users[*].username"))
			.containsExactly("admin");
	}

	@Test
	void disablesAUserWhoThenCannotSignIn() {
		TongxinHttp viewer = create("viewer2", "VIEWER", false, List.of());

		var response = this.admin.graphQl()
			.document(UPDATE_USER)
			.variable("input", Map.of("username", "viewer2", "enabled", false))
			.executeSync();

		assertThat(response.field("updateUser.user.enabled").toEntity(Boolean.class)).isFalse();
		assertThat(viewer.get("/graphql/schema").statusCode()).isEqualTo(401);
	}

	@Test
	void keepsAnAdministratorFromLockingThemselvesOut() {
		var response = this.admin.graphQl()
			.document(UPDATE_USER)
			.variable("input", Map.of("username", "admin", "role", "VIEWER", "enabled", false))
			.executeSync();

		assertThat(values(response, "updateUser.problems[*].field")).containsExactly("role", "enabled");
		var me = this.admin.graphQl().document("{ me { role enabled } }").executeSync();
		assertThat(me.field("me.role").toEntity(String.class)).isEqualTo("ADMIN");
	}

	@Test
	void letsAUserChangeTheirOwnPasswordKnowingTheCurrentOne() {
		TongxinHttp viewer = create("viewer3", "VIEWER", false, List.of());
		String change = """
				mutation($input: ChangePasswordInput!) { changeMyPassword(input: $input) { problems { field } } }
				""";

		var wrong = viewer.graphQl()
			.document(change)
			.variable("input", Map.of("currentPassword", "not-it-at-all", "newPassword", "new-password-3"))
			.executeSync();
		var right = viewer.graphQl()
			.document(change)
			.variable("input", Map.of("currentPassword", "password-viewer3", "newPassword", "new-password-3"))
			.executeSync();

		assertThat(values(wrong, "changeMyPassword.problems[*].field")).containsExactly("currentPassword");
		assertThat(values(right, "changeMyPassword.problems")).isEmpty();
		assertThat(viewer.get("/graphql/schema").statusCode()).isEqualTo(401);
		assertThat(viewer.as("viewer3", "new-password-3").get("/graphql/schema").statusCode()).isEqualTo(200);
	}

	/** A user made by the administrator, with password {@code password-<name>}, and a client signed in as them. */
	TongxinHttp create(String username, String role, boolean pii, List<String> towns) {
		var response = createUser(Map.of("username", username, "password", "password-" + username, "role", role, "pii",
				pii, "townCodes", towns));
		assertThat(values(response, "createUser.problems")).isEmpty();
		return this.admin.as(username, "password-" + username);
	}

	ClientGraphQlResponse createUser(Map<String, Object> input) {
		return this.admin.graphQl().document(CREATE_USER).variable("input", input).executeSync();
	}

	static void assertForbidden(ClientGraphQlResponse response) {
		assertThat(response.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
	}

}

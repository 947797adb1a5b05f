package cn.tongxin.graph.access;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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

/**
 * Guessing passwords, over real HTTP: ten wrong ones for a name from one address lock that name out from there,
 * the right password too, until an administrator unlocks it; other names are not affected, and every failed
 * sign-in is in the audit trail without its password.
 */
@GraphTest
class LockoutTests {

	static final String WRONG = "wrong-password-";

	static final String UNLOCK = """
			mutation($username: ID!) { unlockUser(username: $username) { user { username } problems { field message } } }
			""";

	static final String FAILED_SIGN_INS = """
			query($username: String) {
			  auditLog(filter: { operation: "signInFailed", username: $username }, first: 100) {
			    totalCount edges { node { username kind keys changes { property after } } }
			  }
			}
			""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	@BeforeEach
	void twoUsers() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
	}

	@Test
	void locksANameOutAfterTenWrongPasswordsUntilAnAdministratorUnlocksIt() {
		TongxinHttp guessed = this.admin.createUser("lock.target", "VIEWER", false, List.of());
		TongxinHttp bystander = this.admin.createUser("lock.bystander", "VIEWER", false, List.of());
		for (int attempt = 1; attempt <= 9; attempt++) {
			assertThat(ask(this.admin.as("lock.target", WRONG + attempt)).statusCode()).isEqualTo(401);
		}
		assertThat(ask(guessed).statusCode()).as("nine wrong, then the right one").isEqualTo(200);
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(ask(this.admin.as("lock.target", WRONG + attempt)).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = ask(guessed);

		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
		assertThat(locked.body()).contains("请 15 分钟后再试");
		assertThat(ask(bystander).statusCode()).isEqualTo(200);
		assertThat(ask(this.admin).statusCode()).isEqualTo(200);
		var unlocked = this.admin.graphQl().document(UNLOCK).variable("username", "lock.target").executeSync();
		assertThat(values(unlocked, "unlockUser.problems")).isEmpty();
		assertThat(ask(guessed).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesTheLockedNameOnTheLoginFormToo() {
		this.admin.createUser("lock.form", "VIEWER", false, List.of());
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(new Browser(this.port).signIn("lock.form", WRONG + attempt).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}

		HttpResponse<String> refused = new Browser(this.port).signIn("lock.form", TongxinHttp.USER_PASSWORD);

		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		HttpResponse<String> page = new Browser(this.port).page("/login?locked");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("密码错误次数过多");
		this.admin.graphQl().document(UNLOCK).variable("username", "lock.form").executeSync();
		new Browser(this.port).signedIn("lock.form", TongxinHttp.USER_PASSWORD);
	}

	@Test
	void recordsEveryFailedSignInWithTheNameAndAddressButNeverThePassword() {
		this.admin.createUser("lock.audited", "VIEWER", false, List.of());
		ask(this.admin.as("lock.audited", "secret-guess-1"));
		ask(this.admin.as("no.such.user", "secret-guess-2"));
		new Browser(this.port).signIn("lock.audited", "secret-guess-3");

		var trail = this.admin.graphQl().document(FAILED_SIGN_INS).variable("username", "lock.audited").executeSync();
		var unknown = this.admin.graphQl().document(FAILED_SIGN_INS).variable("username", "no.such.user").executeSync();

		assertThat(values(trail, "auditLog.edges[*].node.keys[0]")).containsExactly("lock.audited", "lock.audited");
		assertThat(values(trail, "auditLog.edges[*].node.changes[?(@.property == 'address')].after"))
			.containsOnly("127.0.0.1");
		assertThat(values(unknown, "auditLog.edges[*].node.username")).containsExactly("no.such.user");
		var everything = this.admin.graphQl().document(FAILED_SIGN_INS).executeSync();
		assertThat(everything.toMap().toString()).doesNotContain("secret-guess");
	}

	@Test
	void unlocksOnlyAUserThereIs() {
		var refused = this.admin.graphQl().document(UNLOCK).variable("username", "nobody.here").executeSync();

		assertThat(values(refused, "unlockUser.problems[*].field")).containsExactly("username");
		var forbidden = this.admin.createUser("lock.viewer", "VIEWER", false, List.of())
			.graphQl()
			.document(UNLOCK)
			.variable("username", "lock.viewer")
			.executeSync();
		assertThat(forbidden.getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("您的账号无权进行此操作"));
	}

	private HttpResponse<String> ask(TongxinHttp client) {
		return client.send(HttpRequest.newBuilder(URI.create(client.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { username } }\"}")));
	}

}

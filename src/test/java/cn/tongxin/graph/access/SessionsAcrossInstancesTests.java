package cn.tongxin.graph.access;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.RoundRobinProxy;
import cn.tongxin.graph.ServiceInstance;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.neo4j.core.Neo4jClient;

import static cn.tongxin.graph.TongxinHttp.value;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service over one database, as a balancer without sticky sessions spreads a browser's and a
 * program's requests over them: whoever signed in through one is signed in on both, and what one instance is told
 * about a user (signed out, a new password, disabled, fewer rights, a token revoked, wrong passwords) holds on the
 * other at the next request. The instances reuse nothing about a user from memory ({@code rights-cache-time=0}, as docs/operations.md
 * says to run several).
 */
class SessionsAcrossInstancesTests {

	static final String ME = "{ me { username role } }";

	static ServiceInstance one;

	static ServiceInstance other;

	static RoundRobinProxy balancer;

	TongxinHttp admin;

	@BeforeAll
	static void twoInstancesBehindABalancer() throws Exception {
		one = ServiceInstance.start(0, "tongxin.security.rights-cache-time=0s");
		other = ServiceInstance.start(0, "tongxin.security.rights-cache-time=0s");
		balancer = new RoundRobinProxy(one.port(), other.port());
	}

	@AfterAll
	static void stop() {
		balancer.close();
		other.close();
		one.close();
	}

	@BeforeEach
	void noUsersButTheAdministrator() {
		TestGraph.empty(one.bean(Neo4jClient.class));
		this.admin = new TongxinHttp(one.port());
	}

	@Test
	void keepsABrowserSignedInWhicheverInstanceTheBalancerPicks() {
		this.admin.createUser("roaming", "VIEWER", false, List.of());
		int oneBefore = balancer.served(one.port());
		int otherBefore = balancer.served(other.port());

		Browser browser = new Browser(balancer.port()).signedIn("roaming", TongxinHttp.USER_PASSWORD);
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> me = browser.graphQl(ME, true);
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).contains("\"username\":\"roaming\"");
		}
		assertThat(browser.page("/explore").statusCode()).isEqualTo(200);

		assertThat(balancer.served(one.port())).as("requests one instance answered").isGreaterThan(oneBefore + 2);
		assertThat(balancer.served(other.port())).as("requests the other answered").isGreaterThan(otherBefore + 2);
	}

	@Test
	void endsTheSessionOnEveryInstanceWhenTheBrowserSignsOutThroughOne() {
		this.admin.createUser("leaving", "VIEWER", false, List.of());
		Browser browser = new Browser(one.port()).signedIn("leaving", TongxinHttp.USER_PASSWORD);
		String secret = browser.cookie(SignedInSessions.COOKIE).orElseThrow();
		assertThat(browser.at(other.port()).graphQl(ME, true).statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = browser.signOut();
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(browser.cookie(SignedInSessions.COOKIE)).as("the cookie is taken away").isEmpty();

		Browser copied = new Browser(other.port()).withCookie(SignedInSessions.COOKIE, secret);
		assertThat(copied.graphQl(ME, true).statusCode()).as("the old cookie, kept and sent to the other instance")
			.isEqualTo(401);
		assertThat(copied.page("/explore").headers().firstValue("Location")).as("a page asked with it")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void holdsANewPasswordFewerRightsAndADisabledUserOnTheOtherInstanceAtTheNextRequest() {
		this.admin.createUser("changing", "EDITOR", false, List.of());
		Browser browser = new Browser(other.port()).signedIn("changing", TongxinHttp.USER_PASSWORD);
		assertThat(browser.graphQl(ME, true).body()).contains("EDITOR");

		update(Map.of("username", "changing", "role", "VIEWER"));
		assertThat(browser.graphQl(ME, true).body()).as("a role lowered through the other instance").contains("VIEWER");

		update(Map.of("username", "changing", "password", "another-good-password"));
		assertThat(browser.graphQl(ME, true).statusCode()).as("a password changed through the other instance")
			.isEqualTo(401);

		browser.signedIn("changing", "another-good-password");
		assertThat(browser.graphQl(ME, true).statusCode()).isEqualTo(200);
		update(Map.of("username", "changing", "enabled", false));
		assertThat(browser.graphQl(ME, true).statusCode()).as("disabled through the other instance").isEqualTo(401);
	}

	@Test
	void refusesATokenRevokedOrAHolderDisabledThroughOneInstanceOnTheOtherAtTheNextRequest() {
		TongxinHttp program = this.admin.createUser("program", "VIEWER", false, List.of());
		var created = program.graphQl()
			.document("mutation { createApiToken(input: { name: \"夜间同步\" }) { token apiToken { id } } }")
			.executeSync();
		String token = value(created, "createApiToken.token");
		String id = value(created, "createApiToken.apiToken.id");
		TongxinHttp onOther = new TongxinHttp(other.port()).withToken(token);
		assertThat(onOther.get("/graphql/schema").statusCode()).isEqualTo(200);

		var revoked = program.graphQl()
			.document("mutation($id: ID!) { revokeApiToken(id: $id) { problems { message } } }")
			.variable("id", id)
			.executeSync();
		assertThat(TongxinHttp.<Object>values(revoked, "revokeApiToken.problems")).isEmpty();
		assertThat(onOther.get("/graphql/schema").statusCode()).as("revoked through the other instance").isEqualTo(401);

		String second = value(program.graphQl()
			.document("mutation { createApiToken(input: { name: \"白天\" }) { token } }")
			.executeSync(), "createApiToken.token");
		TongxinHttp secondOnOther = new TongxinHttp(other.port()).withToken(second);
		assertThat(secondOnOther.get("/graphql/schema").statusCode()).isEqualTo(200);
		update(Map.of("username", "program", "enabled", false));
		assertThat(secondOnOther.get("/graphql/schema").statusCode()).as("its holder disabled through the other instance")
			.isEqualTo(401);
	}

	@Test
	void countsWrongPasswordsSentToEitherInstanceTowardsOneLockout() {
		this.admin.createUser("guessed", "VIEWER", false, List.of());
		for (int i = 0; i < 10; i++) {
			var instance = (i % 2 == 0) ? one : other;
			assertThat(new TongxinHttp(instance.port(), "guessed", "wrong-password-" + i).get("/graphql/schema")
				.statusCode()).as("wrong password %d", i + 1).isEqualTo(401);
		}

		for (var instance : List.of(one, other)) {
			assertThat(new TongxinHttp(instance.port(), "guessed", TongxinHttp.USER_PASSWORD).get("/graphql/schema")
				.statusCode()).as("the right password, on either instance, while locked").isEqualTo(429);
		}
		var unlocked = this.admin.graphQl()
			.document("mutation { unlockUser(username: \"guessed\") { problems { message } } }")
			.executeSync();
		assertThat(TongxinHttp.<Object>values(unlocked, "unlockUser.problems")).isEmpty();
		assertThat(new TongxinHttp(other.port(), "guessed", TongxinHttp.USER_PASSWORD).get("/graphql/schema")
			.statusCode()).as("unlocked through the other instance").isEqualTo(200);
	}

	@Test
	void answersFromTheGraphNotFromAnInstancesMemoryAfterAWriteThroughTheOther() {
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
		this.admin.importCsv("villages", "code,name,town_code\n610322100001,东坡村,610322100\n");
		String coverage = "{ coverage { villages pairedVillages } }";
		var before = new TongxinHttp(other.port()).graphQl().document(coverage).executeSync();
		assertThat((Object) value(before, "coverage.villages")).isEqualTo(1);

		this.admin.importCsv("villages", "code,name,town_code\n610322100002,西坡村,610322100\n");

		var after = new TongxinHttp(other.port()).graphQl().document(coverage).executeSync();
		assertThat((Object) value(after, "coverage.villages")).as("the other instance's coverage totals").isEqualTo(2);
	}

	@Test
	void ranksKeyConnectorsAnewOnTheOtherInstanceOnceTheFriendshipsChangeThroughOne() {
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
		this.admin.importCsv("leaders", "id,name,role,level,town_code\nL1,张伟,PARTY_COMMITTEE,TOWN,610322100\n"
				+ "L2,王芳,PARTY_COMMITTEE,TOWN,610322100\n");
		this.admin.importCsv("representatives", "id,name,category,level,town_code\n"
				+ "R1,李娜,PRIVATE_ECONOMY,DISTRICT,610322100\nR2,赵磊,PRIVATE_ECONOMY,DISTRICT,610322100\n");
		this.admin.importCsv("friendships", "leader_id,representative_id,since,until\nL1,R1,2024-01-01,\n");
		String ranked = "{ keyConnectors(first: 1, by: DEGREE) { id degree } }";
		var onOther = new TongxinHttp(other.port());
		assertThat(TongxinHttp.<Object>values(onOther.graphQl().document(ranked).executeSync(), "keyConnectors[*].degree"))
			.containsExactly(1);

		this.admin.importCsv("friendships", "leader_id,representative_id,since,until\nL2,R1,2024-01-01,\n");

		var anew = onOther.graphQl().document(ranked).executeSync();
		assertThat(TongxinHttp.<Object>values(anew, "keyConnectors[*].id")).as("kept by the other instance until then")
			.containsExactly("R1");
		assertThat(TongxinHttp.<Object>values(anew, "keyConnectors[*].degree")).containsExactly(2);
	}

	@Test
	void letsAClientCarryItsWriteToTheOtherInstanceInTheBookmarkHeader() {
		HttpResponse<String> imported = this.admin.postImport("towns", "text/csv; charset=utf-8",
				"code,name\n610322100,甲镇\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String bookmark = imported.headers().firstValue("Tongxin-Bookmark").orElseThrow();

		var onOther = new TongxinHttp(other.port());
		HttpResponse<String> read = onOther.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create(onOther.baseUrl() + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Tongxin-Bookmark", bookmark)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ towns { code } }\"}")));
		assertThat(read.statusCode()).as("the other instance waits for the write it never saw").isEqualTo(200);
		assertThat(read.body()).contains("610322100");
	}

	private void update(Map<String, Object> input) {
		var updated = this.admin.graphQl()
			.document("mutation($input: UpdateUserInput!) { updateUser(input: $input) { problems { message } } }")
			.variable("input", input)
			.executeSync();
		assertThat(TongxinHttp.<Object>values(updated, "updateUser.problems")).isEmpty();
	}

}

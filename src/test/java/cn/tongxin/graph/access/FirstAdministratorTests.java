package cn.tongxin.graph.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances that both found no administrator create it at the same moment: one creates it, with its audit
 * entry, and the other is told it exists, with no failure and no second entry. (SimultaneousStartTests starts two
 * whole instances, which seldom meet exactly here.)
 */
@GraphTest
class FirstAdministratorTests {

	@Autowired
	Users users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void twoInstancesCreatingTheAdministratorAtOnceCreateItOnceWithOneAuditEntry() throws Exception {
		TestGraph.empty(this.neo4j);
		this.neo4j.query("MATCH (u:User {username: 'admin'}) DETACH DELETE u").run();
		var admin = new UserAccount(FirstAdministrator.USERNAME, this.passwords.encode(GraphTest.ADMIN_PASSWORD),
				Role.ADMIN, true, true, List.of());
		var barrier = new CyclicBarrier(2);
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			var creations = new ArrayList<Future<Boolean>>();
			for (int i = 0; i < 2; i++) {
				creations.add(instances.submit(() -> {
					barrier.await();
					return this.users.createUnlessNamed(admin, "system");
				}));
			}
			var created = new ArrayList<Boolean>();
			for (Future<Boolean> creation : creations) {
				created.add(creation.get(60, TimeUnit.SECONDS));
			}
			assertThat(created).as("one created it, the other found it").containsExactlyInAnyOrder(true, false);
		}
		finally {
			instances.shutdownNow();
		}
		assertThat(count("MATCH (u:User {username: 'admin'}) RETURN count(u)")).isOne();
		assertThat(count("MATCH (a:AuditEntry {operation: 'createUser'}) WHERE 'admin' IN a.keys RETURN count(a)"))
			.isOne();
		assertThat(this.users.find("admin")).get().extracting(UserAccount::role).isEqualTo(Role.ADMIN);

		assertThat(this.users.createUnlessNamed(admin, "system")).as("a later start").isFalse();
		assertThat(count("MATCH (a:AuditEntry {operation: 'createUser'}) RETURN count(a)")).isOne();
		TestGraph.empty(this.neo4j);
	}

	private long count(String cypher) {
		return this.neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}

package cn.tongxin.graph.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.TongxinProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of the service over one graph count the same failed sign-ins. The second instance here is a
 * second {@link SignInAttempts}, made as Spring makes the context's, over the same graph: what one counts, the
 * other sees, and failures recorded through both at once are all counted.
 */
@GraphTest
class SharedLockoutTests {

	static final String NAME = "shared.target";

	static final String ADDRESS = "10.0.0.1";

	@Autowired
	SignInAttempts one;

	@Autowired
	TongxinProperties properties;

	@Autowired
	AuditTrail audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	GraphAvailability availability;

	@Autowired
	Clock clock;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Driver driver;

	SignInAttempts other;

	int attempts;

	@BeforeEach
	void twoInstances() {
		TestGraph.empty(this.neo4j);
		this.other = instance(this.clock);
		this.attempts = this.properties.security().lockout().attempts();
	}

	@Test
	void failuresThroughTwoInstancesLockTheNameOnBothUntilOneUnlocksIt() {
		for (int attempt = 1; attempt < this.attempts; attempt++) {
			((attempt % 2 == 0) ? this.one : this.other).wrongPassword(NAME, ADDRESS);
		}
		assertThat(this.one.recent(NAME, ADDRESS).lockedFor()).isEmpty();
		assertThat(this.other.recent(NAME, ADDRESS).lockedFor()).isEmpty();

		this.one.wrongPassword(NAME, ADDRESS);

		Duration lock = this.properties.security().lockout().duration();
		assertThat(this.one.recent(NAME, ADDRESS).lockedFor()).hasValue(lock);
		assertThat(this.other.recent(NAME, ADDRESS).lockedFor()).hasValue(lock);
		assertThat(this.other.recent(NAME, "10.0.0.2").lockedFor()).as("another address").isEmpty();
		assertThat(this.other.recent("shared.bystander", ADDRESS).lockedFor()).as("another name").isEmpty();
		this.other.wrongPassword(NAME, ADDRESS);
		assertThat(failuresKept(NAME, ADDRESS)).as("at most as many as lock").isEqualTo(this.attempts);

		this.other.unlock(NAME);

		assertThat(this.one.recent(NAME, ADDRESS).lockedFor()).isEmpty();
		assertThat(this.one.recent(NAME, ADDRESS).failed()).isFalse();
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {operation: 'unlockUser'}) RETURN a.changes")
			.fetchAs(String.class)
			.all()).singleElement().satisfies(changes -> assertThat(changes).contains("\"before\":\"true\""));
	}

	@Test
	void theRightPasswordThroughOneInstanceForgetsTheFailuresCountedThroughTheOther() {
		for (int attempt = 1; attempt < this.attempts; attempt++) {
			this.one.wrongPassword(NAME, ADDRESS);
		}
		SignInAttempts.Recent recent = this.other.recent(NAME, ADDRESS);
		assertThat(recent.failed()).isTrue();

		this.other.succeeded(NAME, ADDRESS, recent);

		assertThat(this.one.recent(NAME, ADDRESS).failed()).isFalse();
		this.one.wrongPassword(NAME, ADDRESS);
		assertThat(this.other.recent(NAME, ADDRESS).lockedFor()).as("the count started again").isEmpty();
	}

	@Test
	void countsEveryFailureRecordedThroughBothInstancesAtOnce() throws Exception {
		int together = this.attempts - 1;
		var start = new CyclicBarrier(together);
		ExecutorService threads = Executors.newFixedThreadPool(together);
		try {
			var done = new ArrayList<CompletableFuture<Void>>();
			for (int thread = 0; thread < together; thread++) {
				SignInAttempts through = (thread % 2 == 0) ? this.one : this.other;
				done.add(CompletableFuture.runAsync(() -> {
					try {
						start.await(10, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					through.wrongPassword(NAME, ADDRESS);
				}, threads));
			}
			CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(failuresKept(NAME, ADDRESS)).as("none lost").isEqualTo(together);
		assertThat(this.one.recent(NAME, ADDRESS).lockedFor()).isEmpty();
		this.other.wrongPassword(NAME, ADDRESS);
		assertThat(this.one.recent(NAME, ADDRESS).lockedFor()).isPresent();
	}

	@Test
	void startsAfreshOnceTheLockHasPassedAndClearsAwayWhatNobodyTriesAgain() {
		var now = new SessionLifetimeTests.MovableClock(this.clock.instant());
		SignInAttempts later = instance(now);
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			later.wrongPassword(NAME, ADDRESS);
		}
		Duration lock = this.properties.security().lockout().duration();
		Duration window = this.properties.security().lockout().window();

		now.moveOn(lock.minusSeconds(1));
		assertThat(later.recent(NAME, ADDRESS).lockedFor()).hasValue(Duration.ofSeconds(1));
		later.wrongPassword("shared.tried.once", ADDRESS);
		assertThat(failuresKept(NAME, ADDRESS)).as("locked: not cleared away").isEqualTo(this.attempts);
		now.moveOn(Duration.ofSeconds(1));
		assertThat(later.recent(NAME, ADDRESS).lockedFor()).isEmpty();

		later.wrongPassword(NAME, ADDRESS);
		assertThat(failuresKept(NAME, ADDRESS)).as("a lock passed starts the count again").isEqualTo(1);
		now.moveOn(window);
		later.wrongPassword("shared.someone.else", ADDRESS);

		assertThat(this.neo4j.query("MATCH (f:SignInFailures) RETURN f.username ORDER BY f.username")
			.fetchAs(String.class)
			.all()).as("the rows past their window are cleared away").containsExactly("shared.someone.else");
	}

	/**
	 * Clearing away a row that another instance is counting a failure in, at the same moment: the clearing waits
	 * for that count and keeps the row.
	 */
	@Test
	void keepsARowInWhichAnotherInstanceIsCountingAFailure() throws Exception {
		var now = new SessionLifetimeTests.MovableClock(this.clock.instant());
		SignInAttempts later = instance(now);
		later.wrongPassword(NAME, ADDRESS);
		Duration window = this.properties.security().lockout().window();
		now.moveOn(window.plusMinutes(1));

		try (Session session = this.driver.session(); Transaction counting = session.beginTransaction()) {
			counting.run(CypherFile.load("access/sign-in-failed"), failure(now.instant())).consume();
			CompletableFuture<Void> clearing = CompletableFuture
				.runAsync(() -> later.wrongPassword("shared.someone.else", ADDRESS));
			await().atMost(Duration.ofSeconds(10)).until(this::clearingWaits);
			counting.commit();
			clearing.get(10, TimeUnit.SECONDS);
		}

		assertThat(failuresKept(NAME, ADDRESS)).isEqualTo(1);
	}

	private SignInAttempts instance(Clock clock) {
		var beans = new StaticListableBeanFactory(Map.of("clock", clock));
		return new SignInAttempts(this.properties, beans.getBeanProvider(Clock.class), this.audit, this.transactions,
				this.neo4j, this.availability);
	}

	private Map<String, Object> failure(Instant at) {
		var lockout = this.properties.security().lockout();
		var parameters = new HashMap<String, Object>();
		parameters.put("username", NAME);
		parameters.put("address", ADDRESS);
		parameters.put("now", at.atZone(ZoneOffset.UTC));
		parameters.put("since", at.minus(lockout.window()).atZone(ZoneOffset.UTC));
		parameters.put("windowEnds", at.plus(lockout.window()).atZone(ZoneOffset.UTC));
		parameters.put("lockedUntil", at.plus(lockout.duration()).atZone(ZoneOffset.UTC));
		parameters.put("attempts", lockout.attempts());
		return parameters;
	}

	private boolean clearingWaits() {
		try (Session session = this.driver.session()) {
			return session.run("""
					SHOW TRANSACTIONS YIELD currentQuery, status
					WHERE currentQuery CONTAINS 'f.keptUntil <= $now' AND status STARTS WITH 'Blocked'
					RETURN count(*) AS waiting""").single().get("waiting").asLong() > 0;
		}
	}

	private int failuresKept(String username, String address) {
		return this.neo4j.query("MATCH (f:SignInFailures {username: $username, address: $address}) RETURN size(f.at)")
			.bindAll(Map.of("username", username, "address", address))
			.fetchAs(Integer.class)
			.one()
			.orElse(0);
	}

}

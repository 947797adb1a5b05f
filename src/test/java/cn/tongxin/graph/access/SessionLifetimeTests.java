package cn.tongxin.graph.access;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.GraphTestConfiguration;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A session lasts eight hours from signing in (the default of {@code tongxin.security.session-lifetime}),
 * however busy it is, and half an hour unused ({@code tongxin.security.session-idle}). The service's clock is moved on by the test rather than waited for: it starts at noon of
 * the test day, so eight hours later it is still the same day in the district.
 */
@GraphTest
@Import(SessionLifetimeTests.MovableClockConfiguration.class)
class SessionLifetimeTests {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void noon() {
		TestGraph.empty(this.neo4j);
		this.clock.reset();
		new TongxinHttp(this.port).createUser("long.day", "VIEWER", false, List.of());
	}

	@Test
	void endsASessionEightHoursAfterSigningInHoweverBusyItIs() {
		Browser browser = new Browser(this.port).signedIn("long.day", TongxinHttp.USER_PASSWORD);

		for (int step = 0; step < 23; step++) {
			this.clock.moveOn(Duration.ofMinutes(20));
			assertThat(browser.graphQl("{ me { username } }", true).statusCode()).as("after %d minutes", 20 * (step + 1))
				.isEqualTo(200);
			awaitLastUseNoted();
		}
		this.clock.moveOn(Duration.ofMinutes(19));
		assertThat(browser.page("/explore").statusCode()).isEqualTo(200);

		this.clock.moveOn(Duration.ofMinutes(1));
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(401);
		HttpResponse<String> page = browser.page("/explore");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

		browser.signedIn("long.day", TongxinHttp.USER_PASSWORD);
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);
	}

	@Test
	void endsASessionUnusedForHalfAnHour() {
		Browser browser = new Browser(this.port).signedIn("long.day", TongxinHttp.USER_PASSWORD);
		this.clock.moveOn(Duration.ofMinutes(25));
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);
		awaitLastUseNoted();

		this.clock.moveOn(Duration.ofMinutes(29));
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).as("29 minutes after its last use")
			.isEqualTo(200);
		awaitLastUseNoted();
		this.clock.moveOn(Duration.ofMinutes(31));
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).as("31 minutes after its last use")
			.isEqualTo(401);
		assertThat(this.neo4j.query("MATCH (s:BrowserSession) RETURN count(s)").fetchAs(Long.class).one())
			.as("a session found over is dropped").contains(0L);
	}

	/** The last use is written off the request's thread: wait until the graph has the clock's time. */
	private void awaitLastUseNoted() {
		var now = this.clock.instant();
		await().atMost(Duration.ofSeconds(5)).alias("the session's last use noted").until(() -> this.neo4j
			.query("MATCH (s:BrowserSession) RETURN s.lastSeenAt AS at")
			.fetchAs(java.time.ZonedDateTime.class)
			.one()
			.filter(noted -> !noted.toInstant().isBefore(now))
			.isPresent());
	}

	@Test
	void keepsAProgramsBasicSignInWhicheverTheHour() {
		this.clock.moveOn(Duration.ofHours(9));

		assertThat(new TongxinHttp(this.port).as("long.day", TongxinHttp.USER_PASSWORD).get("/graphql/schema")
			.statusCode()).isEqualTo(200);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClockConfiguration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	/** The test day's noon in the district (or another start), until a test moves it on. */
	static class MovableClock extends Clock {

		private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

		private static final Instant NOON = GraphTestConfiguration.TODAY.atTime(12, 0).atZone(DISTRICT).toInstant();

		private volatile Instant now;

		MovableClock() {
			this(NOON);
		}

		MovableClock(Instant start) {
			this.now = start;
		}

		void reset() {
			this.now = NOON;
		}

		void moveOn(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return DISTRICT;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(this.now, zone);
		}

	}

}

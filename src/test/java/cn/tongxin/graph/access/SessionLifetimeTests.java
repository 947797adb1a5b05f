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

/**
 * A session lasts eight hours from signing in (the default of {@code tongxin.security.session-lifetime}),
 * however busy it is. The service's clock is moved on by the test rather than waited for: it starts at noon of
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

		this.clock.moveOn(Duration.ofHours(8).minusMinutes(1));
		assertThat(browser.graphQl("{ me { username } }", true).statusCode()).isEqualTo(200);
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

	/** The test day's noon in the district, until a test moves it on. */
	static class MovableClock extends Clock {

		private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

		private static final Instant NOON = GraphTestConfiguration.TODAY.atTime(12, 0).atZone(DISTRICT).toInstant();

		private volatile Instant now = NOON;

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

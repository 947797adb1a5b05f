package cn.tongxin.graph.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestDeadlineTests {

	static final TransactionConfig THIRTY_SECONDS = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();

	@Test
	void givesEachTransactionNoMoreThanWhatIsLeftOfTheRequest() {
		Instant inTenSeconds = Instant.now().plusSeconds(10);

		Duration shortened = RequestDeadline.within(inTenSeconds, () -> RequestDeadline.limited(THIRTY_SECONDS).timeout());
		Duration unlimited = RequestDeadline.within(inTenSeconds, () -> RequestDeadline.limited(TransactionConfig.empty()).timeout());
		Duration shorterStill = RequestDeadline.within(inTenSeconds,
				() -> RequestDeadline.limited(TransactionConfig.builder().withTimeout(Duration.ofSeconds(2)).build()).timeout());

		assertThat(shortened).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
		assertThat(unlimited).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
		assertThat(shorterStill).isEqualTo(Duration.ofSeconds(2));
		assertThat(RequestDeadline.limited(THIRTY_SECONDS).timeout()).as("outside a request").isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void beginsNothingOnceTheDeadlineHasPassed() {
		assertThatExceptionOfType(RequestDeadline.RequestTimedOut.class)
			.isThrownBy(() -> RequestDeadline.within(Instant.now().minusMillis(1), () -> RequestDeadline.limited(THIRTY_SECONDS)))
			.withMessageContaining("请求超时");
	}

}

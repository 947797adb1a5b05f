package cn.tongxin.graph.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionConfig;

import org.springframework.mock.web.MockHttpServletRequest;

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
	void marksEachTransactionWithItsRequestSoThatItCanBeEndedWhenTheClientGoes() {
		var deadline = new RequestDeadline.Deadline(Instant.now().plusSeconds(10));

		TransactionConfig marked = RequestDeadline.within(deadline, () -> RequestDeadline.limited(THIRTY_SECONDS));
		deadline.abandon();

		assertThat(marked.metadata().get(RequestDeadline.REQUEST).asString()).isEqualTo(deadline.id());
		assertThatExceptionOfType(RequestDeadline.RequestTimedOut.class)
			.isThrownBy(() -> RequestDeadline.within(deadline, () -> RequestDeadline.limited(THIRTY_SECONDS)))
			.withMessageContaining("客户端已断开");
	}

	@Test
	void checksOnClientsWithTheAnswerTypeTheGraphQlHandlerWillGive() {
		assertThat(ClientWatch.answerType(accepting("application/graphql-response+json, application/json")))
			.hasToString("application/graphql-response+json");
		assertThat(ClientWatch.answerType(accepting("application/json"))).hasToString("application/json");
		assertThat(ClientWatch.answerType(accepting("*/*"))).hasToString("application/json");
		assertThat(ClientWatch.answerType(accepting("text/event-stream"))).as("server-sent events").isNull();
	}

	private static MockHttpServletRequest accepting(String accept) {
		var request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader("Accept", accept);
		return request;
	}

	@Test
	void beginsNothingOnceTheDeadlineHasPassed() {
		assertThatExceptionOfType(RequestDeadline.RequestTimedOut.class)
			.isThrownBy(() -> RequestDeadline.within(Instant.now().minusMillis(1), () -> RequestDeadline.limited(THIRTY_SECONDS)))
			.withMessageContaining("请求超时");
	}

}

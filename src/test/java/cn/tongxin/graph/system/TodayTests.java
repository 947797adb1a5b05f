package cn.tongxin.graph.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's today is the district's day, whatever zone the machine or a supplied clock is in. */
class TodayTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@ParameterizedTest
	@CsvSource({ "2026-01-31T23:30:00Z, 2026-02-01", "2026-01-31T15:59:59Z, 2026-01-31", "2026-02-28T16:00:00Z, 2026-03-01",
			"2026-12-31T23:30:00Z, 2027-01-01", "2026-12-01T00:00:00Z, 2026-12-01" })
	void isTheDistrictsDay(Instant now, LocalDate districtDay) {
		assertThat(new Today(Clock.fixed(now, ZoneOffset.UTC), SHANGHAI).date()).isEqualTo(districtDay);
		assertThat(new Today(Clock.fixed(now, ZoneId.of("America/Los_Angeles")), SHANGHAI).date()).isEqualTo(districtDay);
	}

}

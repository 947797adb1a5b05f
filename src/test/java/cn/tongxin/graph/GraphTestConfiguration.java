package cn.tongxin.graph;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class GraphTestConfiguration {

	/** The day the server believes it is, in every test that shares this configuration. */
	public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Bean
	static CypherCounter cypherCounter() {
		return new CypherCounter();
	}

	@Bean
	Clock districtClock() {
		ZoneId district = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(TODAY.atTime(12, 0).atZone(district).toInstant(), district);
	}

}

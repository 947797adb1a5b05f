package cn.tongxin.graph.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.observation.micrometer.ConnectionPoolMetricsHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's connection pool for an operator, on {@code /actuator/prometheus}: connections in use and idle,
 * the pool's size, requests waiting for a connection and acquisitions that timed out ({@code db_client_connection_*}).
 * Boot already reports the driver's timings (transactions, Bolt exchanges, waits for a connection) when the driver's
 * Micrometer module is present; the pool's gauges come from this handler, for the embedded driver and a server's alike.
 */
@Configuration(proxyBeanMethods = false)
class DriverMetrics {

	@Bean
	ConnectionPoolMetricsHandler neo4jConnectionPoolMetrics(MeterRegistry meters) {
		return new ConnectionPoolMetricsHandler(meters);
	}

}

package cn.tongxin.graph.system;

import java.util.Set;

import org.neo4j.driver.NotificationClassification;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Neo4j is not asked for the notifications nobody reads: those about labels, types and properties not (yet) in the
 * graph, which application.properties keeps out of the log (their logger is at ERROR). Spring Data Neo4j formats
 * every notification it receives, with the whole statement, before it looks at the log level: a profile of the
 * request path found it 5 % of the request thread's time, as many statements name a property that the data at hand
 * does not have. Every other notification (performance, deprecation, ...) is still sent and logged.
 */
@Configuration(proxyBeanMethods = false)
class CypherNotifications {

	@Bean
	ConfigBuilderCustomizer noUnrecognizedNotifications() {
		return config -> config.withDisabledNotificationClassifications(Set.of(NotificationClassification.UNRECOGNIZED));
	}

}

package cn.tongxin.graph;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the shared test server before its configuration is read, so that the
 * {@code spring.neo4j.uri} switch to external mode sees it and no embedded database starts.
 */
class SharedNeo4jInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("sharedNeo4j", Map.of("spring.neo4j.uri", SharedNeo4j.routingUri())));
	}

}

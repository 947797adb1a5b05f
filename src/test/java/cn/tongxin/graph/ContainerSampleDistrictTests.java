package cn.tongxin.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same scenarios against a Neo4j 5.26 server in a container, where Docker runs. Without a Docker engine
 * JUnit reports this class as skipped ("Docker is not available"), and the in-process suite carries the coverage.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tongxin.demo-data=false",
		"tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "tongxin.security.bcrypt-strength=4" })
@Import(GraphTestConfiguration.class)
class ContainerSampleDistrictTests extends SampleDistrictScenarios {

	private static Neo4jContainer neo4j;

	@BeforeAll
	static void startServer() {
		neo4j = new Neo4jContainer("neo4j:5.26").withoutAuthentication();
		neo4j.start();
	}

	@AfterAll
	static void stopServer() {
		if (neo4j != null) {
			neo4j.stop();
		}
	}

	@DynamicPropertySource
	static void server(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> neo4j.getBoltUrl());
	}

}

package cn.tongxin.graph;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, talking to the shared in-process Neo4j as an external server
 * through a {@code neo4j://} routing URI. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tongxin.demo-data=false",
		// Small batches, so that the sample files cross batch boundaries in every import test.
		"tongxin.ledger.batch-size=50", "tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD,
		// No import rehearsed in the background while tests import (ImportRehearsalTests runs one by hand).
		"tongxin.ledger.rehearse-at-start=false",
		// The cheapest bcrypt: every request signs in, and the tests send many.
		"tongxin.security.bcrypt-strength=4" })
@ContextConfiguration(initializers = SharedNeo4jInitializer.class)
@Import(GraphTestConfiguration.class)
public @interface GraphTest {

	/** The password of the first administrator, {@code admin}, in every test application. */
	String ADMIN_PASSWORD = "admin-password-for-tests";

}

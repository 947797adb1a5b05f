package cn.tongxin.graph;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample district against the shared in-process Neo4j, reached as an external server over neo4j://. */
@GraphTest
class HarnessSampleDistrictTests extends SampleDistrictScenarios {

	@Autowired
	ApplicationContext context;

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedDatabase(@Autowired Environment environment) {
		assertThat(environment.getProperty("spring.neo4j.uri")).startsWith("neo4j://");
		assertThat(this.context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
	}

}

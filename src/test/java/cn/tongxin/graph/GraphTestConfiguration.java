package cn.tongxin.graph;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class GraphTestConfiguration {

	@Bean
	static CypherCounter cypherCounter() {
		return new CypherCounter();
	}

}

package cn.tongxin.graph;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more instance of the whole service, in this JVM, over the shared test Neo4j reached over Bolt (as several
 * instances reach one database or cluster): the settings of {@link GraphTest}, plus the caller's.
 */
public final class ServiceInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private ServiceInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance on {@code port} (0: any free port) with these {@code name=value} settings besides. */
	public static ServiceInstance start(int port, String... settings) {
		var arguments = new ArrayList<>(List.of("--server.port=" + port, "--spring.neo4j.uri=" + SharedNeo4j.routingUri(),
				"--tongxin.demo-data=false", "--tongxin.ledger.batch-size=50",
				"--tongxin.admin-password=" + GraphTest.ADMIN_PASSWORD, "--tongxin.ledger.rehearse-at-start=false",
				"--tongxin.security.bcrypt-strength=4"));
		for (String setting : settings) {
			arguments.add("--" + setting);
		}
		return new ServiceInstance(new SpringApplicationBuilder(TongxinApplication.class)
			.run(arguments.toArray(String[]::new)));
	}

	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Stops the instance as its process would stop: gracefully, finishing the requests it is answering. */
	@Override
	public void close() {
		this.context.close();
	}

}

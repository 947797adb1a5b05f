package cn.tongxin.graph;

import cn.tongxin.graph.system.EmbeddedNeo4jStart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TongxinApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/** The service as it runs: the embedded database opens in the background from the start. */
	public static SpringApplication application() {
		var application = new SpringApplication(TongxinApplication.class);
		application.addListeners(EmbeddedNeo4jStart.early());
		return application;
	}

}

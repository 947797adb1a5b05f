package cn.tongxin.graph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TongxinApplication {

	public static void main(String[] args) {
		SpringApplication.run(TongxinApplication.class, args);
	}

}

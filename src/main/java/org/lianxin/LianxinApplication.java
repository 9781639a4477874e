package org.lianxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LianxinApplication {

	public static void main(String[] args) {
		SpringApplication.run(LianxinApplication.class, args);
	}

}

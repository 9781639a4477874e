package org.lianxin.platform.database;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;

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
	EmbeddedServer embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		return EmbeddedServer.start(properties);
	}

	/**
	 * The pool takes the same {@code spring.datasource.hikari.*} settings as an external
	 * database's (how long a request waits for a connection, leak detection).
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedServer postgres) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.jdbcUrl());
		pool.setPoolName("embedded-postgres");
		pool.setMaximumPoolSize(20);
		return pool;
	}

}

package org.lianxin.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that each keep something in it (a double click on a form
 * that flashes its outcome, two tabs) both insert the attribute; the second failed on the
 * key and the user saw a 500. On PostgreSQL the store writes attributes with
 * {@code on conflict do update} instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionWrites() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}

package org.lianxin.platform.history;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A role that owns the history tables (or is a superuser) can switch their triggers off
 * and rewrite them; the chains would show it, but only afterwards. So with the
 * {@code prod} profile the application refuses to start under such a role.
 */
@Component
@Profile("prod")
@Order(Integer.MAX_VALUE - 1)
class HistoryOwnershipGuard implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final HistoryChains chains;

	HistoryOwnershipGuard(JdbcClient jdbc, HistoryChains chains) {
		this.jdbc = jdbc;
		this.chains = chains;
	}

	@Override
	public void run(ApplicationArguments args) {
		problem(this.jdbc, this.chains.tables()).ifPresent(problem -> {
			throw new IllegalStateException(problem);
		});
	}

	/**
	 * Why the role {@code jdbc} connects as must not run the application, if it must not.
	 */
	static Optional<String> problem(JdbcClient jdbc, List<String> tables) {
		String role = jdbc.sql("select current_user").query(String.class).single();
		boolean superuser = jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
			.query(Boolean.class)
			.single();
		if (superuser) {
			return Optional.of(("The database role '%s' is a superuser and could rewrite the history tables; with the "
					+ "prod profile, connect as a role that neither owns them nor is a superuser (README, "
					+ "production: the database roles)")
				.formatted(role));
		}
		List<String> owned = jdbc.sql("""
				select c.relname from pg_class c
				where c.relname in (:tables) and c.relkind = 'r' and c.relnamespace = to_regnamespace(current_schema())
				  and pg_has_role(current_user, c.relowner, 'MEMBER')
				order by c.relname""").param("tables", tables).query(String.class).list();
		if (!owned.isEmpty()) {
			return Optional.of(("The database role '%s' owns the history tables %s (or is a member of their owner) and "
					+ "could switch off their triggers and rewrite them; with the prod profile, run the migrations as "
					+ "the owner (spring.flyway.user) and the application as a role that does not own the tables "
					+ "(spring.datasource.username; README, production: the database roles)")
				.formatted(role, String.join(", ", owned)));
		}
		return Optional.empty();
	}

}

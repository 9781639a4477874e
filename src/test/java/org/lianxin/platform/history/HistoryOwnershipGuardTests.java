package org.lianxin.platform.history;

import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production the application refuses to run as a role that could switch the history
 * tables' triggers off: a superuser, or the tables' owner. A role that only was granted
 * access runs. The roles are made in the embedded PostgreSQL for the test.
 */
@LianxinTest
class HistoryOwnershipGuardTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	HistoryChains chains;

	private SingleConnectionDataSource owner;

	private SingleConnectionDataSource app;

	@BeforeEach
	void roles() {
		this.jdbc.sql("""
				do $$ begin
				  if not exists (select 1 from pg_roles where rolname = 'history_probe_owner') then
				    create role history_probe_owner login; end if;
				  if not exists (select 1 from pg_roles where rolname = 'history_probe_app') then
				    create role history_probe_app login; end if;
				end $$""").update();
		this.jdbc.sql("create table if not exists history_probe (id bigint)").update();
		this.jdbc.sql("alter table history_probe owner to history_probe_owner").update();
		this.jdbc.sql("grant select, insert on history_probe to history_probe_app").update();
		this.owner = connectAs("history_probe_owner");
		this.app = connectAs("history_probe_app");
	}

	@AfterEach
	void closeConnections() {
		this.owner.destroy();
		this.app.destroy();
		this.jdbc.sql("drop table history_probe").update();
	}

	@Test
	void a_superuser_may_not_run_production() {
		assertThat(HistoryOwnershipGuard.problem(this.jdbc, this.chains.tables()))
			.hasValueSatisfying(problem -> assertThat(problem).contains("superuser", "README"));
	}

	@Test
	void the_owner_of_a_history_table_may_not_run_production() {
		assertThat(HistoryOwnershipGuard.problem(JdbcClient.create(this.owner), List.of("history_probe")))
			.hasValueSatisfying(problem -> assertThat(problem).contains("history_probe_owner", "owns", "history_probe",
					"spring.flyway.user"));
	}

	@Test
	void a_role_that_was_only_granted_access_runs_production() {
		assertThat(HistoryOwnershipGuard.problem(JdbcClient.create(this.app), List.of("history_probe"))).isEmpty();
		assertThat(HistoryOwnershipGuard.problem(JdbcClient.create(this.app), this.chains.tables())).isEmpty();
	}

	private SingleConnectionDataSource connectAs(String role) {
		// the embedded server's address names its superuser; the same server, another
		// role
		String url = ((HikariDataSource) this.dataSource).getJdbcUrl().replace("user=postgres", "user=" + role);
		return new SingleConnectionDataSource(url, role, "", true);
	}

}

package org.lianxin.supervision;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opinion loop's notices issued before the watch moved into the supervision module
 * are kept, under their old ids (the agency messages already sent are keyed by them), and
 * the next notice gets an id of its own. Migrated in a database of its own on the same
 * embedded server, from empty up to just before the copy, then to the end.
 */
@LianxinTest
class OpinionNoticeMigrationTests {

	private static final String DATABASE = "notice_migration_probe";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private SingleConnectionDataSource probe;

	@BeforeEach
	void freshDatabase() {
		this.jdbc.sql("drop database if exists " + DATABASE).update();
		this.jdbc.sql("create database " + DATABASE).update();
		String url = ((HikariDataSource) this.dataSource).getJdbcUrl();
		this.probe = new SingleConnectionDataSource(url.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1"),
				"postgres", "", true);
	}

	@AfterEach
	void dropDatabase() {
		this.probe.destroy();
		this.jdbc.sql("drop database if exists " + DATABASE).update();
	}

	@Test
	void the_opinion_loops_notices_move_to_the_supervision_table_with_their_ids() {
		migrate("70");
		JdbcClient db = JdbcClient.create(this.probe);
		db.sql("""
				insert into region (code, name, level, parent_code, path) values
				  ('210800', '营口市', 'CITY', null, '/210800/'),
				  ('210811', '老边区', 'COUNTY', '210800', '/210800/210811/'),
				  ('210802', '站前区', 'COUNTY', '210800', '/210800/210802/')""").update();
		db.sql("""
				insert into agency (id, code, name, kind, region_code) overriding system value
				values (3, 'A3', '老边区住建局', 'GOVERNMENT_DEPARTMENT', '210811')""").update();
		// the cases are not what this is about: their foreign key is not checked while
		// the
		// two notices go in
		db.sql("set session_replication_role = replica").update();
		db.sql("""
				insert into opinion_notice (id, opinion_id, kind, level, status, stage_due_on, region_code, agency_id)
				overriding system value values
				  (41, 7, 'SUPERVISION', 2, 'ASSIGNED', date '2026-11-02', '210811', 3),
				  (42, 8, 'REMINDER', 0, 'RECEIVED', date '2026-11-20', '210802', null)""").update();
		db.sql("set session_replication_role = origin").update();

		migrate(null);

		assertThat(db.sql("""
				select id || ' ' || subject || ' ' || subject_id || ' ' || stage || ' ' || kind || ' ' || level || ' '
				       || due_on || ' ' || region_code || ' ' || coalesce(agency_id::text, '-')
				from supervision_notice order by id""").query(String.class).list()).containsExactly(
				"41 OPINION 7 ASSIGNED SUPERVISION 2 2026-11-02 210811 3",
				"42 OPINION 8 RECEIVED REMINDER 0 2026-11-20 210802 -");
		assertThat(db.sql("select to_regclass('opinion_notice') is null").query(Boolean.class).single()).isTrue();
		assertThat(
				db.sql("select nextval(pg_get_serial_sequence('supervision_notice', 'id'))").query(Long.class).single())
			.isEqualTo(43);
	}

	private void migrate(String target) {
		var flyway = Flyway.configure().dataSource(this.probe).locations("classpath:db/migration");
		if (target != null) {
			flyway.target(target);
		}
		flyway.load().migrate();
	}

}

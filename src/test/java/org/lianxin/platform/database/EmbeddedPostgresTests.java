package org.lianxin.platform.database;

import org.junit.jupiter.api.Test;

import org.lianxin.LianxinTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@LianxinTest
class EmbeddedPostgresTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_acknowledged_write_is_on_disk_because_fsync_and_synchronous_commit_are_on() {
		assertThat(show("fsync")).isEqualTo("on");
		assertThat(show("synchronous_commit")).isEqualTo("on");
		assertThat(show("full_page_writes")).isEqualTo("on");
	}

	@Test
	void the_engine_is_a_real_postgresql() {
		assertThat(this.jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	private String show(String setting) {
		return this.jdbc.sql("show " + setting).query(String.class).single();
	}

}

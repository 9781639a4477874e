package org.lianxin.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServerTests {

	@Test
	void a_killed_postmaster_is_started_again_on_the_same_port_with_the_data_kept() throws Exception {
		try (EmbeddedServer server = EmbeddedServer.start(new EmbeddedPostgresProperties(Path.of("unused"), 0, true))) {
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
				connection.createStatement().execute("create table kept (said text); insert into kept values ('连心')");
			}
			long pid = server.pid().orElseThrow();

			ProcessHandle.of(pid).orElseThrow().destroyForcibly();

			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			String said = null;
			while (said == null && System.nanoTime() < deadline) {
				try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
					var rows = connection.createStatement().executeQuery("select said from kept");
					rows.next();
					said = rows.getString(1);
				}
				catch (SQLException notYet) {
					Thread.sleep(200);
				}
			}
			assertThat(said).as("the row written before the kill").isEqualTo("连心");
			assertThat(server.pid()).isPresent().isNotEqualTo(java.util.OptionalLong.of(pid));
		}
	}

}

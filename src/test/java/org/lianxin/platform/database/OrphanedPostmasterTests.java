package org.lianxin.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running. We reproduce that
 * state exactly — a postmaster on the data directory with nobody holding the library's
 * lock — by starting the server with {@code pg_ctl} ourselves, then check the next start
 * recovers.
 */
class OrphanedPostmasterTests {

	@TempDir
	Path dataDir;

	@Test
	void a_postgresql_left_running_by_a_dead_jvm_is_stopped_and_the_next_start_works() throws Exception {
		Path binaries;
		try (EmbeddedPostgres first = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			binaries = Path.of(ProcessHandle.of(postmasterPid()).orElseThrow().info().command().orElseThrow())
				.getParent();
		}
		int port;
		try (var socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new java.util.ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			// PostgreSQL refuses to run as root; the library runs it in a user namespace,
			// and so do we
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", this.dataDir.toString(), "-o", "-p " + port,
				"-w", "start"));
		Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
		long orphan = postmasterPid();
		assertThat(ProcessHandle.of(orphan)).hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

		OrphanedPostmaster.stopIfPresent(this.dataDir);

		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (EmbeddedPostgres next = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			.setCleanDataDirectory(false)
			.start(); var connection = next.getPostgresDatabase().getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void a_directory_without_a_server_is_left_alone() throws Exception {
		OrphanedPostmaster.stopIfPresent(this.dataDir);
		assertThat(Files.list(this.dataDir)).isEmpty();
	}

	private long postmasterPid() throws Exception {
		List<String> lines = Files.readAllLines(this.dataDir.resolve("postmaster.pid"));
		return Long.parseLong(lines.get(0).trim());
	}

}

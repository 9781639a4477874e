package org.lianxin.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, kept running: a watchdog looks for its postmaster every second
 * and, when it has died (killed, out of memory), starts it again on the same directory
 * and port, so that the pool's next connection finds it and nobody has to restart the
 * platform. A paused server is alive and is left alone; the pool's timeouts answer for
 * it.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedServer.class);

	private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

	/** A restart that keeps failing is logged again only after this long. */
	private static final Duration QUIET_FOR = Duration.ofMinutes(1);

	private final Path dataDir;

	private final boolean ephemeral;

	private final ScheduledExecutorService watchdog;

	private volatile EmbeddedPostgres server;

	private long lastFailureLoggedAt;

	private EmbeddedServer(Path dataDir, boolean ephemeral, EmbeddedPostgres server) {
		this.dataDir = dataDir;
		this.ephemeral = ephemeral;
		this.server = server;
		this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.watchdog.scheduleWithFixedDelay(this::restartIfDead, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	static EmbeddedServer start(EmbeddedPostgresProperties properties) throws IOException {
		Path dataDir = properties.ephemeral() ? Files.createTempDirectory("lianxin-pg-")
				: properties.dataDir().toAbsolutePath().normalize();
		Files.createDirectories(dataDir);
		OrphanedPostmaster.stopIfPresent(dataDir);
		return new EmbeddedServer(dataDir, properties.ephemeral(), builder(dataDir, properties.port()).start());
	}

	String jdbcUrl() {
		return this.server.getJdbcUrl("postgres", "postgres");
	}

	/** The postmaster's process id, while it runs. */
	OptionalLong pid() {
		try {
			List<String> lines = Files.readAllLines(this.dataDir.resolve("postmaster.pid"));
			if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
				return OptionalLong.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
					: OptionalLong.empty();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	synchronized void restartIfDead() {
		if (this.watchdog.isShutdown() || pid().isPresent()) {
			return;
		}
		long started = System.nanoTime();
		try {
			// its backends may outlive it for a moment and hold the shared memory; a
			// failed start is tried again on the next check
			int port = this.server.getPort();
			// the dead instance still holds the library's lock on the directory
			closeQuietly(this.server);
			this.server = builder(this.dataDir, port).start();
			logger.error("The embedded PostgreSQL in {} had stopped; restarted it in {} ms", this.dataDir,
					(System.nanoTime() - started) / 1_000_000);
			this.lastFailureLoggedAt = 0;
		}
		catch (IOException | RuntimeException ex) {
			long now = System.nanoTime();
			if (this.lastFailureLoggedAt == 0 || now - this.lastFailureLoggedAt > QUIET_FOR.toNanos()) {
				logger.error("The embedded PostgreSQL in {} has stopped and does not start again yet: {}", this.dataDir,
						ex.toString());
				this.lastFailureLoggedAt = now;
			}
		}
	}

	@Override
	public synchronized void close() throws IOException {
		this.watchdog.shutdownNow();
		this.server.close();
		if (this.ephemeral && Files.exists(this.dataDir)) {
			// the library cleans only the directories it created itself
			try (var paths = Files.walk(this.dataDir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static void closeQuietly(EmbeddedPostgres dead) {
		try {
			dead.close();
		}
		catch (IOException | RuntimeException ex) {
			// its postmaster is gone already; the lock is what mattered
		}
	}

	private static EmbeddedPostgres.Builder builder(Path dataDir, int port) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			// kept across a restart; an ephemeral one is deleted in close()
			.setCleanDataDirectory(false)
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
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

}

package org.lianxin.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server whose JVM was killed ({@code kill -9}, a power cut) keeps running
 * and holds the data directory, so the next start would fail. Before starting, we look
 * for such a server and stop it cleanly. The embedded library holds a file lock on
 * {@code epg-lock} while its JVM lives: if we can take that lock, any postmaster in the
 * directory is an orphan; if we cannot, another live Lianxin owns the directory and we
 * must not touch it.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final String LIBRARY_LOCK_FILE = "epg-lock";

	private OrphanedPostmaster() {
	}

	static void stopIfPresent(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (RandomAccessFile lockFile = new RandomAccessFile(dataDir.resolve(LIBRARY_LOCK_FILE).toFile(), "rw");
				FileLock lock = lockFile.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The database directory " + dataDir
						+ " is in use by another running Lianxin; stop it first or set lianxin.embedded-postgres.data-dir");
			}
			Optional<ProcessHandle> postmaster = runningPostmaster(pidFile);
			if (postmaster.isEmpty()) {
				return; // a stale pid file alone is handled by PostgreSQL itself
			}
			ProcessHandle process = postmaster.get();
			// SIGTERM asks for a smart shutdown: the dead JVM's connections are gone, so
			// it completes
			process.destroy();
			boolean stopped = waitForExit(process, Duration.ofSeconds(30));
			log.warn("Stopped PostgreSQL (pid {}) left running in {} by an earlier Lianxin that did not shut down{}",
					process.pid(), dataDir, stopped ? "" : " — it did not exit within 30 s");
		}
	}

	private static Optional<ProcessHandle> runningPostmaster(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		try {
			process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

}

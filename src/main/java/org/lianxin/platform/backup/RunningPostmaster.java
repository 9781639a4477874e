package org.lianxin.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL serving a data directory, if one is: {@code postmaster.pid} names its
 * process (line 1) and port (line 4). Whether a Lianxin owns it or it was orphaned by a
 * killed one makes no difference to a backup: either way it answers on that port.
 *
 * @param pid the postmaster's process id
 * @param port where it listens on localhost; local connections are trusted as
 * {@code postgres}
 */
record RunningPostmaster(long pid, int port) {

	static Optional<RunningPostmaster> in(Path dataDir) throws IOException {
		List<String> lines;
		try {
			lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		if (lines.size() < 4 || !lines.get(0).trim().matches("\\d+") || !lines.get(3).trim().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).trim());
		// a file left by a crash may name a process id the system has since given to
		// another program
		boolean alive = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(true))
			.isPresent();
		return alive ? Optional.of(new RunningPostmaster(pid, Integer.parseInt(lines.get(3).trim())))
				: Optional.empty();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres?user=postgres&connectTimeout=10";
	}

}

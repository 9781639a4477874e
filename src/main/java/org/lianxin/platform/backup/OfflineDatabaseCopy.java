package org.lianxin.platform.backup;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A copy of a data directory no server runs on: after a clean stop it is consistent as it
 * is; after a crash it is what the disk held, and PostgreSQL recovers it on first start
 * as it would have the original.
 */
final class OfflineDatabaseCopy {

	/** The embedded library's lock, held by a Lianxin while it runs. */
	private static final String LIBRARY_LOCK_FILE = "epg-lock";

	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", LIBRARY_LOCK_FILE);

	private OfflineDatabaseCopy() {
	}

	/**
	 * @return whether the server had been stopped cleanly
	 */
	static boolean copy(Path dataDir, BackupArchive archive, String prefix) throws IOException {
		// holding the library's lock keeps a Lianxin from starting on the directory
		// halfway through the copy
		try (RandomAccessFile lockFile = new RandomAccessFile(dataDir.resolve(LIBRARY_LOCK_FILE).toFile(), "rw");
				FileLock lock = tryLock(lockFile)) {
			if (lock == null) {
				throw new IllegalStateException(
						"A Lianxin is starting on " + dataDir + "; wait until it runs, then back up again");
			}
			boolean stoppedCleanly = !Files.exists(dataDir.resolve("postmaster.pid"));
			archive.addTree(dataDir, prefix,
					relative -> relative.getNameCount() > 1 || !LEFT_OUT.contains(relative.getFileName().toString()));
			return stoppedCleanly;
		}
	}

	private static FileLock tryLock(RandomAccessFile file) throws IOException {
		try {
			return file.getChannel().tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null; // this JVM runs it
		}
	}

}

package org.lianxin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a backup into a new data directory laid out as the defaults expect. The
 * database is not started here: on its first start PostgreSQL finds the backup_label,
 * replays the WAL in the archive up to the backup's stop point and opens.
 */
final class Restore {

	private Restore() {
	}

	static void restore(Path archiveFile, Path target, PrintStream out) throws IOException {
		Path root = target.toAbsolutePath().normalize();
		if (Files.isDirectory(root)) {
			try (var entries = Files.list(root)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(
							root + " is not empty (目标目录非空); restore into a new directory so nothing is overwritten");
				}
			}
		}
		try (ZipFile zip = new ZipFile(archiveFile.toFile())) {
			if (zip.getEntry(Backup.MANIFEST) == null
					|| zip.getEntry(DeploymentLayout.DATABASE + "/PG_VERSION") == null) {
				throw new IllegalStateException(archiveFile + " is not a Lianxin backup (不是连心备份文件)");
			}
			Files.createDirectories(root);
			for (ZipEntry entry : Collections.list(zip.entries())) {
				unpack(zip, entry, root);
			}
		}
		DeploymentLayout layout = new DeploymentLayout(root);
		// PostgreSQL refuses a data directory others can read
		restrict(layout.database());
		if (Files.exists(layout.key())) {
			restrict(layout.key().getParent());
		}
		else {
			out.println("警告：备份中没有手机号密钥 / Warning: the backup holds no phone key");
		}
		out.printf("已恢复到 / Restored into %s%n", root);
		out.printf("启动 / Start it with: java -jar target/lianxin.jar --lianxin.embedded-postgres.data-dir=%s%n",
				layout.database());
	}

	private static void unpack(ZipFile zip, ZipEntry entry, Path root) throws IOException {
		Path destination = root.resolve(entry.getName()).normalize();
		if (!destination.startsWith(root) || destination.equals(root)) {
			throw new IllegalStateException("The backup names a path outside its directory: " + entry.getName());
		}
		if (entry.isDirectory()) {
			Files.createDirectories(destination);
			return;
		}
		Files.createDirectories(destination.getParent());
		try (InputStream in = zip.getInputStream(entry)) {
			Files.copy(in, destination);
		}
	}

	/** Owner only: directories 0700, files 0600. */
	private static void restrict(Path tree) throws IOException {
		try (var paths = Files.walk(tree)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
			}
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): PostgreSQL checks no modes there
		}
	}

}

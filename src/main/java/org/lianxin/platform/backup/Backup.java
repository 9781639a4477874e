package org.lianxin.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * One archive holding an embedded deployment's database, uploaded files and phone key, so
 * that what is restored fits together: rows whose files exist, phone numbers a key can
 * read.
 */
final class Backup {

	static final String MANIFEST = "lianxin-backup.txt";

	private Backup() {
	}

	static void create(DeploymentLayout layout, Path target, PrintStream out) throws IOException, SQLException {
		if (!Files.exists(layout.database().resolve("PG_VERSION"))) {
			throw new IllegalStateException("No embedded database in " + layout.database()
					+ " (找不到数据库); pass the directory that holds pg/, files/ and keys/ as --data");
		}
		Path archiveFile = target.toAbsolutePath().normalize();
		if (Files.exists(archiveFile)) {
			throw new IllegalStateException(archiveFile + " exists already (文件已存在); choose another name");
		}
		if (archiveFile.startsWith(layout.database()) || archiveFile.startsWith(layout.files())) {
			throw new IllegalStateException("The backup cannot be written inside what it copies: " + archiveFile);
		}
		Files.createDirectories(archiveFile.getParent());
		// a backup that fails halfway must not look like one that can be restored
		Path partial = archiveFile.resolveSibling(archiveFile.getFileName() + ".part");
		try {
			StringBuilder manifest = new StringBuilder("Lianxin backup 连心备份\nmade: " + Instant.now() + "\n");
			try (OutputStream file = Files.newOutputStream(partial); BackupArchive archive = new BackupArchive(file)) {
				// the database first, then the files: a file is stored before the row
				// that
				// names it is committed, so every row in the copy finds its file in the
				// later copy of the directory (except a portrait replaced while the
				// backup
				// runs, whose old file is deleted)
				manifest.append("database: ").append(copyDatabase(layout, archive, out)).append('\n');
				copyFiles(layout, archive, out);
				copyKey(layout, archive, out);
				archive.addBytes(MANIFEST,
						manifest.append("restore: java -jar lianxin.jar restore --from=")
							.append(archiveFile.getFileName())
							.append(" --to=<an empty directory>\n")
							.toString()
							.getBytes(StandardCharsets.UTF_8));
			}
			Files.move(partial, archiveFile, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		out.printf("备份完成 / Backup written: %s (%,d bytes)%n", archiveFile, Files.size(archiveFile));
	}

	private static String copyDatabase(DeploymentLayout layout, BackupArchive archive, PrintStream out)
			throws IOException, SQLException {
		Optional<RunningPostmaster> server = RunningPostmaster.in(layout.database());
		if (server.isPresent()) {
			out.printf("数据库运行中，在线备份 / Database running (port %d): online backup%n", server.get().port());
			String walRange = OnlineDatabaseCopy.copy(server.get(), layout.database(), archive,
					DeploymentLayout.DATABASE);
			out.printf("数据库已复制，含 WAL %s / Database copied with its WAL %s%n", walRange, walRange);
			return "online, WAL " + walRange;
		}
		boolean clean = OfflineDatabaseCopy.copy(layout.database(), archive, DeploymentLayout.DATABASE);
		out.println(clean ? "数据库已停止，已复制 / Database stopped: copied as it is"
				: "数据库未正常停止，已复制；恢复后首次启动时自动修复 / Database was not stopped cleanly: copied; "
						+ "PostgreSQL recovers it on first start as after a power cut");
		return clean ? "offline" : "offline, not stopped cleanly";
	}

	private static void copyFiles(DeploymentLayout layout, BackupArchive archive, PrintStream out) throws IOException {
		if (!Files.isDirectory(layout.files())) {
			out.printf("没有上传文件目录 / No uploaded files (%s does not exist)%n", layout.files());
			return;
		}
		long before = archive.files();
		// a half-written upload (upload-*.tmp) was never named by a row
		archive.addTree(layout.files(), DeploymentLayout.FILES,
				relative -> !relative.getFileName().toString().endsWith(".tmp"));
		out.printf("上传文件 %d 个 / Uploaded files: %d%n", archive.files() - before, archive.files() - before);
	}

	private static void copyKey(DeploymentLayout layout, BackupArchive archive, PrintStream out) throws IOException {
		if (!Files.exists(layout.key())) {
			out.printf("警告：没有手机号密钥 %s；生产环境的密钥（LIANXIN_PRIVACY_PHONE_KEY）须另行保管 / "
					+ "Warning: no phone key at %s; a key passed in by LIANXIN_PRIVACY_PHONE_KEY must be kept separately%n",
					layout.key(), layout.key());
			return;
		}
		archive.addFile(layout.key(), DeploymentLayout.KEY);
		out.println("手机号密钥已包含 / Phone key included");
	}

}

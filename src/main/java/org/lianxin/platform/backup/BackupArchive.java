package org.lianxin.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The backup as one zip file: {@code java.util.zip} needs no library, streams files of
 * any size (zip64) and every operating system can list or open it. Entries use forward
 * slashes relative to the deployment's data directory ({@code pg/…}, {@code files/…},
 * {@code keys/phone.key}).
 */
final class BackupArchive implements AutoCloseable {

	private final ZipOutputStream zip;

	private long files;

	private long bytes;

	BackupArchive(OutputStream out) {
		this.zip = new ZipOutputStream(out);
	}

	/**
	 * Adds the directories and files under {@code root} that the filter keeps (a
	 * directory left out is left out with everything in it). A running server may remove
	 * a file between listing and reading it (a dropped table, a finished temporary file);
	 * the WAL replayed on restore recreates whatever mattered, so a vanished file is
	 * skipped.
	 * @param keep decides on paths relative to {@code root}
	 */
	void addTree(Path root, String prefix, Predicate<Path> keep) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				Path relative = root.relativize(dir);
				if (!dir.equals(root) && !keep.test(relative)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				// empty directories matter: PostgreSQL does not start without pg_wal,
				// pg_notify, pg_replslot …
				addDirectory(entryName(prefix, relative));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Path relative = root.relativize(file);
				if (attributes.isRegularFile() && keep.test(relative)) {
					addFileIfPresent(file, entryName(prefix, relative));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	/** Adds a file that must be there. */
	void addFile(Path file, String name) throws IOException {
		if (!addFileIfPresent(file, name)) {
			throw new NoSuchFileException(file.toString());
		}
	}

	void addBytes(String name, byte[] content) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(content);
		this.zip.closeEntry();
		this.files++;
		this.bytes += content.length;
	}

	long files() {
		return this.files;
	}

	long bytes() {
		return this.bytes;
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private boolean addFileIfPresent(Path file, String name) throws IOException {
		InputStream in;
		try {
			in = Files.newInputStream(file);
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		try (in) {
			this.zip.putNextEntry(new ZipEntry(name));
			// read to the end rather than to the size listed: a live table file may grow
			this.bytes += in.transferTo(this.zip);
			this.zip.closeEntry();
			this.files++;
			return true;
		}
	}

	private void addDirectory(String name) throws IOException {
		if (!name.isEmpty()) {
			this.zip.putNextEntry(new ZipEntry(name + "/"));
			this.zip.closeEntry();
		}
	}

	private static String entryName(String prefix, Path relative) {
		String path = relative.toString().replace('\\', '/');
		return path.isEmpty() ? prefix : prefix + "/" + path;
	}

}

package org.lianxin.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files in a local directory (by default beside the embedded database), under random
 * names spread over two levels of folders. Writes go to a temporary file first, so a
 * crash never leaves half a photo behind.
 */
@Component
class LocalFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{32}\\.[a-z0-9]{1,5}");

	private final Path root;

	LocalFileStore(@Value("${lianxin.files.dir}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public String put(byte[] content, String extension) {
		String name = UUID.randomUUID().toString().replace("-", "");
		String key = name.substring(0, 2) + "/" + name + "." + extension;
		Path target = this.root.resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload-", ".tmp");
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot store a file in " + this.root, ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			return Optional.empty();
		}
		Path file = this.root.resolve(key);
		try {
			return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	@Override
	public void delete(String key) {
		if (key != null && KEY.matcher(key).matches()) {
			try {
				Files.deleteIfExists(this.root.resolve(key));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete " + key, ex);
			}
		}
	}

}

package org.lianxin.platform.files;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where uploaded files live (photos, attachments). One interface, so a deployment can
 * move them from the local disk to an object store without touching the modules that use
 * it.
 */
public interface FileStore {

	/** Stores the bytes and returns the key to find them again. */
	String put(byte[] content, String extension);

	Optional<byte[]> get(String key);

	void delete(String key);

	/**
	 * Stores the files, then runs the save that refers to them; when the save fails (a
	 * refused form, a lost race) the files go again, so nothing is left behind
	 * unreferenced.
	 */
	default <T> T keptWhile(List<byte[]> contents, String extension, Function<List<String>, T> save) {
		List<String> keys = contents.stream().map(bytes -> put(bytes, extension)).toList();
		try {
			return save.apply(keys);
		}
		catch (RuntimeException ex) {
			keys.forEach(this::delete);
			throw ex;
		}
	}

}

package org.lianxin.platform.files;

import java.util.Optional;

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

}

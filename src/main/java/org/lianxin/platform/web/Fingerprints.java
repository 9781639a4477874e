package org.lianxin.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a submission carried, kept beside its idempotency key so that a retry
 * is told apart from a different request under the same key.
 */
public final class Fingerprints {

	private Fingerprints() {
	}

	/** A digest of the parts in order; byte arrays by their content. */
	public static String of(Object... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Object part : parts) {
				if (part instanceof byte[] bytes) {
					digest.update(bytes);
				}
				else {
					digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

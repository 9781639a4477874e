package org.lianxin.account.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The secret that protects phone numbers at rest. Production passes it in
 * ({@code LIANXIN_PRIVACY_PHONE_KEY}, 32 random bytes in base64) and refuses to start
 * without it; elsewhere it is kept in a file created on first start, next to the embedded
 * database.
 */
@Component
public class PhoneKey {

	private static final Logger log = LoggerFactory.getLogger(PhoneKey.class);

	private static final int KEY_BYTES = 32;

	private final byte[] master;

	/** Where the key came from, for messages that must not show the key itself. */
	private final String source;

	PhoneKey(@Value("${lianxin.privacy.phone-key:}") String configured,
			@Value("${lianxin.privacy.key-file:./data/keys/phone.key}") Path keyFile, Environment environment) {
		if (!configured.isBlank()) {
			this.master = decode(configured, "lianxin.privacy.phone-key");
			this.source = "the setting lianxin.privacy.phone-key, LIANXIN_PRIVACY_PHONE_KEY";
		}
		else if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException(
					"The prod profile needs lianxin.privacy.phone-key (LIANXIN_PRIVACY_PHONE_KEY): 32 random bytes, base64");
		}
		else {
			this.master = fromFile(keyFile.toAbsolutePath().normalize());
			this.source = "the key file " + keyFile.toAbsolutePath().normalize();
		}
	}

	/** A key for one purpose, so that encryption and lookup hashing never share a key. */
	public byte[] derive(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Tells this key from another without revealing it: the same on every node that has
	 * the same key.
	 */
	String fingerprint() {
		return Base64.getEncoder().encodeToString(derive("lianxin phone key fingerprint"));
	}

	String source() {
		return this.source;
	}

	private static byte[] fromFile(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file).strip(), file.toString());
			}
			byte[] key = new byte[KEY_BYTES];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the directory's own protection has to do
			}
			log.warn(
					"Created a new key for phone numbers in {}; keep it with the database, without it they cannot be read",
					file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the phone key " + file, ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not base64", ex);
		}
		if (key.length < KEY_BYTES) {
			Arrays.fill(key, (byte) 0);
			throw new IllegalStateException(source + " must hold at least 32 bytes");
		}
		return key;
	}

}

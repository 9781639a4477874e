package org.lianxin.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.lianxin.account.internal.PhoneKey;

import org.springframework.stereotype.Service;

/**
 * Short texts that must wait in the database without being readable there: a message's
 * private link and its recipient's address until the message is delivered. Encrypted like
 * phone numbers (AES-GCM), under a key of their own derived from the phone key, so a copy
 * of the database without the key shows nothing.
 */
@Service
public class SecretTexts {

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(SecretTexts::newCipher);

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecretTexts(PhoneKey key) {
		this.key = new SecretKeySpec(key.derive("lianxin text encryption"), "AES");
	}

	public String seal(String text) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, nonce.length);
			System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
			return VERSION + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a text", ex);
		}
	}

	/**
	 * @throws IllegalStateException with the wrong key or damaged data
	 */
	public String open(String sealed) {
		if (sealed == null || !sealed.startsWith(VERSION)) {
			throw new IllegalArgumentException("not a sealed text");
		}
		try {
			byte[] stored = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a text: wrong key or damaged data", ex);
		}
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

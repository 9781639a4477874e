package org.lianxin.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.lianxin.account.internal.PhoneKey;

import org.springframework.stereotype.Service;

/**
 * Phone numbers of citizens and deputies: checked, encrypted at rest, masked on every
 * screen, and shown in full only through {@link #reveal}, which writes the operation log.
 */
@Service
public class PhoneNumbers {

	/** Mainland mobile numbers, and landlines with their area code (0417-1234567). */
	private static final Pattern VALID = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}\\d{7,8}");

	private static final String VERSION = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	// looking up a cipher or a MAC by name is slow next to using one; each thread keeps
	// its own
	private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> instance("AES/GCM/NoPadding"));

	private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(this::newLookupMac);

	private final SecretKey encryptionKey;

	private final SecretKey lookupKey;

	private final SecretKey codeKey;

	private final OperationLog log;

	PhoneNumbers(PhoneKey key, OperationLog log) {
		this.encryptionKey = new SecretKeySpec(key.derive("lianxin phone encryption"), "AES");
		this.lookupKey = new SecretKeySpec(key.derive("lianxin phone lookup"), "HmacSHA256");
		this.codeKey = new SecretKeySpec(key.derive("lianxin phone code"), "HmacSHA256");
		this.log = log;
	}

	/**
	 * The number without spaces, dashes, brackets or a +86/0086 prefix, if it is a valid
	 * one.
	 */
	public static Optional<String> normalise(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String digits = input.replaceAll("[\\s\\-()（）]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		return VALID.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
	}

	/** 13812341234 → 138****1234; 04171234567 → 0417***4567. */
	public static String mask(String normalised) {
		int keep = normalised.startsWith("1") ? 3 : Math.min(4, normalised.length() - 4);
		return normalised.substring(0, keep) + "*".repeat(normalised.length() - keep - 4)
				+ normalised.substring(normalised.length() - 4);
	}

	/**
	 * Encrypts a valid number for storage.
	 * @throws IllegalArgumentException if it is not a valid phone number (check with
	 * {@link #normalise} first to give the user a message)
	 */
	public ProtectedPhone protect(String input) {
		String number = normalise(input).orElseThrow(() -> new IllegalArgumentException("not a phone number"));
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(number.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, nonce.length);
			System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
			return new ProtectedPhone(VERSION + Base64.getEncoder().encodeToString(stored), lookupHash(number),
					number.substring(number.length() - 4), mask(number));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a phone number", ex);
		}
	}

	/**
	 * The keyed hash {@link ProtectedPhone#lookupHash()} holds, to find records by a
	 * typed number.
	 */
	public Optional<String> lookupHashOf(String input) {
		return normalise(input).map(this::lookupHash);
	}

	/**
	 * A six-digit code that proves whoever types it holds the phone it was sent to by
	 * SMS: the same for the same number, purpose and window of time, under a key of its
	 * own derived from the phone key, so that nothing is kept until it is typed and a
	 * copy of the database does not tell it.
	 * @param purpose what the code is for, e.g. {@code "survey 42"}
	 * @param window the caller's count of the window of time the code is valid in
	 */
	public Optional<String> codeFor(String input, String purpose, long window) {
		return normalise(input).map(number -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(this.codeKey);
				byte[] digest = mac.doFinal((number + "|" + purpose + "|" + window).getBytes(StandardCharsets.UTF_8));
				int value = ((digest[0] & 0x7f) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8)
						| (digest[3] & 0xff);
				return "%06d".formatted(value % 1_000_000);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/**
	 * The full number, for someone who must call back; the reveal is written to the
	 * operation log with who asked and why.
	 * @param whose what the number belongs to, e.g. {@code "deputy 42"}
	 * @param purpose why it is shown, e.g. {@code "回访"}
	 */
	public String reveal(ProtectedPhone phone, String whose, String purpose) {
		String number = decrypt(phone.cipherText());
		this.log.record("privacy.phone.reveal", whose, purpose);
		return number;
	}

	private String decrypt(String cipherText) {
		if (cipherText == null || !cipherText.startsWith(VERSION)) {
			throw new IllegalArgumentException("not an encrypted phone number");
		}
		try {
			byte[] stored = Base64.getDecoder().decode(cipherText.substring(VERSION.length()));
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.DECRYPT_MODE, this.encryptionKey,
					new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a phone number: wrong key or damaged data", ex);
		}
	}

	private String lookupHash(String number) {
		// doFinal resets the MAC to its key, ready for the next number
		return HexFormat.of().formatHex(this.hmac.get().doFinal(number.getBytes(StandardCharsets.UTF_8)));
	}

	private Mac newLookupMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.lookupKey);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Cipher instance(String transformation) {
		try {
			return Cipher.getInstance(transformation);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

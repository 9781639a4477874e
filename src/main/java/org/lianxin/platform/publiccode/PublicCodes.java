package org.lianxin.platform.publiccode;

import java.security.SecureRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Short public codes for what people reach by scanning (a deputy, a venue): random, so
 * nobody can walk through them by counting, and free of look-alike characters (0/O,
 * 1/I/L), so they can be read off a poster and typed.
 */
public final class PublicCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** 31^8 ≈ 8.5 × 10^11 codes. */
	public static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PublicCodes() {
	}

	public static String newCode() {
		return newCode(LENGTH);
	}

	/** A random code of the given length, from the same alphabet. */
	public static String newCode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * Draws codes until one is stored: {@code insertSql} takes the code and the owner's
	 * id as its two parameters, and the code column's unique key refuses a collision.
	 */
	public static String issue(JdbcClient jdbc, String insertSql, long ownerId) {
		for (int attempt = 0; attempt < 5; attempt++) {
			String code = newCode();
			try {
				jdbc.sql(insertSql).params(code, ownerId).update();
				return code;
			}
			catch (DuplicateKeyException ex) {
				// a collision among 8.5 × 10^11 codes: draw again
			}
		}
		throw new IllegalStateException("Could not draw a free public code");
	}

	/** Whether the text could be a code at all (cheap check before any lookup). */
	public static boolean isWellFormed(String code) {
		if (code == null || code.length() != LENGTH) {
			return false;
		}
		return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

}

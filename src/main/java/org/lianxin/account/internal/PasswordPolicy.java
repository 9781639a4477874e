package org.lianxin.account.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Password rules for staff accounts: at least 10 characters, three of the four kinds
 * (upper case, lower case, digits, symbols), and not the username.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 72; // BCrypt reads no further

	/**
	 * The message key of the first rule the password breaks, or empty if it is
	 * acceptable.
	 */
	public Optional<String> check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.rule.length");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.rule.too-long");
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (kinds < 3) {
			return Optional.of("password.rule.kinds");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("password.rule.username");
		}
		return Optional.empty();
	}

}

package org.lianxin.account.internal;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/** Builds {@link PhoneKey}s for tests outside its package. */
public final class PhoneKeys {

	private PhoneKeys() {
	}

	public static PhoneKey configured(String base64, Path dir) {
		return new PhoneKey(base64, dir.resolve("unused.key"), new MockEnvironment());
	}

	public static PhoneKey fromFile(Path file) {
		return new PhoneKey("", file, new MockEnvironment());
	}

	public static PhoneKey create(String configured, Path file, Environment environment) {
		return new PhoneKey(configured, file, environment);
	}

}

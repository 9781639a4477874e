package org.lianxin.platform.publiccode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address citizens reach the platform at ({@code lianxin.public-base-url}), which QR
 * codes, posters and calendar feeds carry.
 */
@Component
public class PublicUrls {

	private final String base;

	PublicUrls(@Value("${lianxin.public-base-url:http://localhost:8080}") String base) {
		this.base = base.replaceAll("/+$", "");
	}

	/** The full address of a public path such as {@code /d/ABCD2345}. */
	public String of(String path) {
		return this.base + path;
	}

}

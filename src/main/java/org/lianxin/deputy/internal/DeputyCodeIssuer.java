package org.lianxin.deputy.internal;

import org.lianxin.platform.publiccode.PublicCodes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws a deputy's public code: every deputy gets one when registered, and a new one on
 * reissue.
 */
@Component
public class DeputyCodeIssuer {

	private static final int ATTEMPTS = 5;

	private final JdbcClient jdbc;

	DeputyCodeIssuer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String issue(long deputyId) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			String code = PublicCodes.newCode();
			try {
				this.jdbc.sql("insert into deputy_public_code (code, deputy_id) values (?, ?)")
					.params(code, deputyId)
					.update();
				return code;
			}
			catch (DuplicateKeyException ex) {
				// a collision among 8.5 × 10^11 codes: draw again
			}
		}
		throw new IllegalStateException("Could not draw a free public code");
	}

}

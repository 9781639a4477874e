package org.lianxin.deputy.internal;

import org.lianxin.platform.publiccode.PublicCodes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws a deputy's public code: every deputy gets one when registered, and a new one on
 * reissue.
 */
@Component
public class DeputyCodeIssuer {

	private final JdbcClient jdbc;

	DeputyCodeIssuer(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String issue(long deputyId) {
		return PublicCodes.issue(this.jdbc, "insert into deputy_public_code (code, deputy_id) values (?, ?)", deputyId);
	}

}

package org.lianxin.account.internal;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every node must protect phone numbers with the same key, or a number saved by one
 * cannot be read by another. The first node to start records the fingerprint of its key
 * in the database; a node whose key has another fingerprint refuses to start, saying why,
 * before it serves anyone.
 */
@Component
class PhoneKeyFingerprint implements InitializingBean {

	private final PhoneKey key;

	private final JdbcClient jdbc;

	PhoneKeyFingerprint(PhoneKey key, JdbcClient jdbc) {
		this.key = key;
		this.jdbc = jdbc;
	}

	@Override
	public void afterPropertiesSet() {
		String mine = this.key.fingerprint();
		this.jdbc.sql("insert into phone_key_fingerprint (fingerprint) values (?) on conflict do nothing")
			.param(mine)
			.update();
		String recorded = this.jdbc.sql("select fingerprint from phone_key_fingerprint").query(String.class).single();
		if (!recorded.equals(mine)) {
			throw new IllegalStateException("This node's phone key (from " + this.key.source()
					+ ") is not the key this database was first used with: phone numbers saved by the other nodes"
					+ " could not be read here, nor these by them. Start every node with the same"
					+ " LIANXIN_PRIVACY_PHONE_KEY (or the same key file) as the node that first used this database.");
		}
	}

}

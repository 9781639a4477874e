package org.lianxin.opinion.internal;

import java.time.Instant;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The key of one Open311 client (GeoReport v2 {@code api_key}): issued to a named client,
 * used until an administrator revokes it. Only the key's digest is kept.
 */
@Table("open311_api_key")
public record Open311ApiKey(@Id Long id, String name, String contact, String keyDigest, String keyPrefix,
		Instant issuedAt, String issuedBy, Instant lastUsedAt, Instant revokedAt, String revokedBy,
		@Version Integer version) {

	public static final int MAX_NAME = 100;

	public static final int MAX_CONTACT = 200;

	/** A key for a client, known by the digest and the first characters of its secret. */
	static Open311ApiKey issue(String name, String contact, String digest, String prefix, Instant now, String by) {
		String client = (name == null) ? "" : name.strip();
		if (client.isEmpty() || client.length() > MAX_NAME) {
			throw new RuleViolationException("name", "open311-key.name.invalid", MAX_NAME);
		}
		String reach = (contact == null || contact.isBlank()) ? null : contact.strip();
		if (reach != null && reach.length() > MAX_CONTACT) {
			throw new RuleViolationException("contact", "open311-key.contact.invalid", MAX_CONTACT);
		}
		return new Open311ApiKey(null, client, reach, digest, prefix, now, by, null, null, null, null);
	}

	/** The key no longer admits its client; revoking twice changes nothing. */
	Open311ApiKey revoke(Instant now, String by) {
		if (revoked()) {
			return this;
		}
		return new Open311ApiKey(this.id, this.name, this.contact, this.keyDigest, this.keyPrefix, this.issuedAt,
				this.issuedBy, this.lastUsedAt, now, by, this.version);
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}

package org.lianxin.deputy;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lianxin.deputy.internal.DeputyPhotos;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.deputy.internal.DeputyCodeIssuer;
import org.lianxin.platform.publiccode.PublicCodes;
import org.lianxin.platform.publiccode.PublicUrls;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deputies' public codes: the short code in the QR code on a poster, and the public page
 * it opens.
 */
@Service
public class DeputyCodes {

	/** What a scanned code turns out to be. */
	public sealed interface Lookup {

		record Active(long deputyId) implements Lookup {
		}

		record Revoked() implements Lookup {
		}

		record Unknown() implements Lookup {
		}

	}

	private final JdbcClient jdbc;

	private final DeputyRegistry deputies;

	private final OperationLog log;

	private final PublicUrls urls;

	private final DeputyCodeIssuer issuer;

	private final DeputyDirectory directory;

	private final DeputyPhotos photos;

	DeputyCodes(JdbcClient jdbc, DeputyRegistry deputies, OperationLog log, DeputyCodeIssuer issuer, PublicUrls urls,
			DeputyDirectory directory, DeputyPhotos photos) {
		this.jdbc = jdbc;
		this.deputies = deputies;
		this.log = log;
		this.issuer = issuer;
		this.directory = directory;
		this.photos = photos;
		this.urls = urls;
	}

	/** The address a deputy's QR code holds. */
	public String publicUrl(String code) {
		return this.urls.of("/d/" + code);
	}

	/** The deputy's active code, issued on first use. */
	@Transactional
	public String codeOf(CurrentUser user, long deputyId) {
		this.deputies.get(user, deputyId);
		return activeCode(deputyId).orElseGet(() -> issue(deputyId));
	}

	/** Revokes the active code (a lost or misprinted poster) and issues a new one. */
	@Transactional
	public String reissue(CurrentUser user, long deputyId) {
		String old = codeOf(user, deputyId);
		this.jdbc.sql("update deputy_public_code set revoked_at = now() where code = ?").param(old).update();
		String fresh = issue(deputyId);
		this.log.record("deputy.code.reissue", "deputy " + deputyId, old + " → " + fresh);
		return fresh;
	}

	public Lookup lookup(String code) {
		if (!PublicCodes.isWellFormed(code)) {
			return new Lookup.Unknown();
		}
		record Row(long deputyId, boolean revoked) {
		}
		return this.jdbc
			.sql("select deputy_id, revoked_at is not null as revoked from deputy_public_code where code = ?")
			.param(code)
			.query(Row.class)
			.optional()
			.<Lookup>map(row -> row.revoked() ? new Lookup.Revoked() : new Lookup.Active(row.deputyId()))
			.orElseGet(Lookup.Unknown::new);
	}

	/**
	 * The active codes of these deputies, by deputy id (deputies without one are left
	 * out).
	 */
	public Map<Long, String> activeCodes(Collection<Long> deputyIds) {
		if (deputyIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> codes = new HashMap<>();
		this.jdbc.sql("select deputy_id, code from deputy_public_code where revoked_at is null and deputy_id in (:ids)")
			.param("ids", deputyIds)
			.query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2)))
			.list();
		return codes;
	}

	/** The photo on a deputy's public card, if there is one. */
	public Optional<byte[]> photo(long deputyId) {
		return this.photos.photo(deputyId);
	}

	/** The public card of a deputy (no personal contact data). */
	public PublicDeputyCard card(long deputyId) {
		return this.directory.publicCard(deputyId);
	}

	private Optional<String> activeCode(long deputyId) {
		return this.jdbc.sql("select code from deputy_public_code where deputy_id = ? and revoked_at is null")
			.param(deputyId)
			.query(String.class)
			.optional();
	}

	private String issue(long deputyId) {
		return this.issuer.issue(deputyId);
	}

}

package org.lianxin.opinion;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.opinion.internal.Actor;
import org.lianxin.opinion.internal.DeadlineRules;
import org.lianxin.opinion.internal.Deadlines;
import org.lianxin.opinion.internal.IdempotencyConflictException;
import org.lianxin.opinion.internal.NewCase;
import org.lianxin.opinion.internal.Opinion;
import org.lianxin.opinion.internal.OpinionRepository;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.publiccode.PublicCodes;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.platform.database.Failures;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every way an opinion comes in: the citizen's form, Open311, and staff recording what
 * they collected offline, from the hotline or from letters. A retried submission (same
 * idempotency key) finds the first one instead of creating a second case.
 */
@Service
public class OpinionIntake {

	public static final int MAX_PHOTOS = 4;

	public static final int MAX_DESCRIPTION = 2000;

	/**
	 * 31^10 ≈ 8 × 10^14 codes: not guessable, still short enough to read out on the
	 * phone.
	 */
	static final int TRACKING_CODE_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final SubmissionChecks checks;

	private final FileStore files;

	private final DeadlineRules deadlines;

	private final OpinionRepository repository;

	private final WorkdayCalendar calendar;

	private final TransactionTemplate transactions;

	OpinionIntake(JdbcClient jdbc, OpinionCategories categories, RegionManagement regions, SubmissionChecks checks,
			FileStore files, DeadlineRules deadlines, OpinionRepository repository, WorkdayCalendar calendar,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.regions = regions;
		this.checks = checks;
		this.files = files;
		this.deadlines = deadlines;
		this.repository = repository;
		this.calendar = calendar;
		this.transactions = transactions;
	}

	/**
	 * A citizen's own submission: the public form or an Open311 client. The photos are
	 * cleaned first, and only then is a database connection taken.
	 */
	public Receipt submit(Submission submission) {
		if (submission.channel().recordedByStaff()) {
			throw new IllegalArgumentException("staff channels go through record(): " + submission.channel());
		}
		List<byte[]> photos = cleanPhotos(submission.photos());
		return receiveOnce(submission, photos, null, Actor.CITIZEN);
	}

	/**
	 * What staff record for a citizen: collected offline by a deputy or a station, a
	 * hotline call or a letter; in a region within their reach.
	 */
	public Receipt record(CurrentUser user, Submission submission) {
		if (submission.channel() == null || !submission.channel().recordedByStaff()) {
			throw new RuleViolationException("channel", "opinion.channel.invalid");
		}
		Region region = region(submission.regionCode());
		if (!mayRecordIn(user, region)) {
			throw new RuleViolationException("regionCode", "opinion.region.outside-scope");
		}
		List<byte[]> photos = cleanPhotos(submission.photos());
		return receiveOnce(submission, photos, user.id(), new Actor(user.username(), null));
	}

	/**
	 * Decoding and re-encoding a phone photo takes seconds and tens of megabytes: done
	 * before the transaction, so no pooled connection waits on it.
	 */
	private static List<byte[]> cleanPhotos(List<byte[]> uploads) {
		if (uploads.size() > MAX_PHOTOS) {
			throw new RuleViolationException("photos", "opinion.photos.too-many", MAX_PHOTOS);
		}
		List<byte[]> photos = new ArrayList<>();
		for (byte[] upload : uploads) {
			try {
				photos.add(Images.cleanPhoto(upload));
			}
			catch (Images.RejectedImage ex) {
				throw new RuleViolationException("photos", ex.messageKey(), ex.arguments());
			}
		}
		return photos;
	}

	/**
	 * Whether the user may record a case in the region: one their scope reaches, so that
	 * they find it again; a deputy (own records) anywhere in their own region.
	 */
	public static boolean mayRecordIn(CurrentUser user, Region region) {
		DataScope scope = user.scope();
		return scope.coversRegion(region.code(), region.path())
				|| (scope.kind() == DataScopeKind.OWN_RECORDS && region.path().startsWith(scope.regionPath()));
	}

	/**
	 * Receives the submission in a transaction of its own, drawn again when its insert
	 * collides: a concurrent request with the same idempotency key got there first (the
	 * insert waited for it to commit, so the next attempt finds it), or, once in 10^14
	 * draws, the tracking code was taken. No savepoint: a collision is that rare.
	 * @param photos the submission's photos, cleaned already
	 */
	private Receipt receiveOnce(Submission submission, List<byte[]> photos, Long recordedBy, Actor actor) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute(status -> receive(submission, photos, recordedBy, actor));
			}
			catch (RuntimeException ex) {
				if (!Failures.causedBy(ex, DuplicateKeyException.class)) {
					throw ex;
				}
				if (attempt == 5) {
					throw new IllegalStateException("Could not store the submission after 5 attempts", ex);
				}
			}
		}
	}

	private Receipt receive(Submission submission, List<byte[]> photos, Long recordedBy, Actor actor) {
		Optional<Receipt> earlier = earlierSubmission(submission);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		RuleViolations problems = new RuleViolations();
		OpinionCategory category = problems.get(() -> this.categories.findByCode(nullToEmpty(submission.categoryCode()))
			.filter(OpinionCategory::enabled)
			.orElseThrow(() -> new RuleViolationException("categoryCode", "opinion.category.invalid")));
		Region region = problems.get(() -> region(submission.regionCode()));
		LocalDate today = this.calendar.today();
		NewCase intake = this.checks.newCase(submission, category, region, problems, recordedBy, today);
		Deadlines clocks = this.deadlines.forCase(category.id(), submission.urgent());
		String linkToken = linkToken();
		Opinion opinion = this.repository
			.save(Opinion.receive(intake, PublicCodes.newCode(TRACKING_CODE_LENGTH), linkToken, actor, today, clocks));
		for (byte[] photo : photos) {
			String key = this.files.put(photo, "jpg");
			this.jdbc.sql("insert into opinion_file (opinion_id, file_key, kind) values (?, ?, 'PHOTO')")
				.params(opinion.id(), key)
				.update();
		}
		return new Receipt(opinion.id(), opinion.trackingCode(), linkToken, false);
	}

	/**
	 * The case an earlier request with the same idempotency key created.
	 * @throws RuleViolationException if that request carried a different body
	 */
	private Optional<Receipt> earlierSubmission(Submission submission) {
		if (submission.idempotencyKey() == null || submission.idempotencyKey().isBlank()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select id, tracking_code, link_token, idempotency_hash from opinion where idempotency_key = ?")
			.param(key(submission.idempotencyKey()))
			.query((rs, n) -> {
				String fingerprint = rs.getString("idempotency_hash");
				Receipt earlier = new Receipt(rs.getLong("id"), rs.getString("tracking_code"),
						rs.getString("link_token"), true);
				if (fingerprint != null && !fingerprint.equals(submission.fingerprint())) {
					throw new IdempotencyConflictException(earlier);
				}
				return earlier;
			})
			.optional();
	}

	/** The key as stored: a long one by its digest, so any length fits the column. */
	static String key(String idempotencyKey) {
		String key = blankToNull(idempotencyKey);
		if (key == null || key.length() <= 90) {
			return key;
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return "sha256:" + java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Region region(String code) {
		return this.regions.find(nullToEmpty(code))
			.filter(Region::enabled)
			.orElseThrow(() -> new RuleViolationException("regionCode", "opinion.region.invalid"));
	}

	private static String linkToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

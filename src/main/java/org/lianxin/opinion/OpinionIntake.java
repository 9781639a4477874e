package org.lianxin.opinion;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.opinion.internal.DeadlineRules;
import org.lianxin.opinion.internal.OpinionRepository;
import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.publiccode.PublicCodes;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.Region;
import org.lianxin.region.RegionManagement;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.context.ApplicationEventPublisher;
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

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final OpinionCategories categories;

	private final RegionManagement regions;

	private final PhoneNumbers phones;

	private final FileStore files;

	private final DeadlineRules deadlines;

	private final OpinionRepository repository;

	private final WorkdayCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	OpinionIntake(JdbcClient jdbc, OpinionCategories categories, RegionManagement regions, PhoneNumbers phones,
			FileStore files, DeadlineRules deadlines, OpinionRepository repository, WorkdayCalendar calendar,
			ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.regions = regions;
		this.phones = phones;
		this.files = files;
		this.deadlines = deadlines;
		this.repository = repository;
		this.calendar = calendar;
		this.events = events;
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
		return this.transactions.execute(status -> receive(submission, photos, null, Actor.CITIZEN));
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
		return this.transactions
			.execute(status -> receive(submission, photos, user.id(), new Actor(user.username(), null)));
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
	 * @param photos the submission's photos, cleaned already
	 */
	private Receipt receive(Submission submission, List<byte[]> photos, Long recordedBy, Actor actor) {
		Optional<Receipt> earlier = earlierSubmission(submission);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		OpinionCategory category = this.categories.findByCode(nullToEmpty(submission.categoryCode()))
			.filter(OpinionCategory::enabled)
			.orElseThrow(() -> new RuleViolationException("categoryCode", "opinion.category.invalid"));
		Region region = region(submission.regionCode());
		String description = nullToEmpty(submission.description()).strip();
		if (description.isEmpty()) {
			throw new RuleViolationException("description", "opinion.description.required");
		}
		if (description.length() > MAX_DESCRIPTION) {
			throw new RuleViolationException("description", "opinion.description.too-long", MAX_DESCRIPTION);
		}
		ProtectedPhone phone = phone(submission.phone(), category);
		checkCoordinates(submission.latitude(), submission.longitude());
		checkLength("citizenName", submission.citizenName(), 32);
		checkLength("place", submission.place(), 200);
		checkLength("mediaUrl", submission.mediaUrl(), 500);
		if (submission.mediaUrl() != null && !submission.mediaUrl().isBlank()
				&& !submission.mediaUrl().strip().matches("https?://\\S+")) {
			throw new RuleViolationException("mediaUrl", "opinion.media-url.invalid");
		}
		String email = blankToNull(submission.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw new RuleViolationException("email", "opinion.email.invalid");
		}
		if (submission.deputyId() != null && this.jdbc.sql("select count(*) from deputy_view where id = ?")
			.param(submission.deputyId())
			.query(Long.class)
			.single() == 0) {
			throw new RuleViolationException("deputyId", "opinion.deputy.invalid");
		}
		if (submission.venueId() != null && this.jdbc.sql("select count(*) from venue_view where id = ?")
			.param(submission.venueId())
			.query(Long.class)
			.single() == 0) {
			throw new RuleViolationException("venueId", "opinion.venue.invalid");
		}
		LocalDate today = this.calendar.today();
		LocalDate collectedOn = (submission.collectedOn() != null) ? submission.collectedOn() : today;
		if (collectedOn.isAfter(today)) {
			throw new RuleViolationException("collectedOn", "opinion.collected.future");
		}
		// 当月收集、当月上传: entered in a later month than it was collected
		boolean late = collectedOn.getYear() != today.getYear() || collectedOn.getMonth() != today.getMonth();
		LocalDate assignDue = this.deadlines.forCase(category.id(), submission.urgent()).due(Stage.ASSIGN, today);
		String linkToken = linkToken();
		long id;
		String trackingCode;
		for (int attempt = 0;; attempt++) {
			trackingCode = PublicCodes.newCode(TRACKING_CODE_LENGTH);
			Optional<Long> inserted = insert(submission, category, region, description, phone, email, collectedOn, late,
					recordedBy, trackingCode, linkToken, today, assignDue);
			if (inserted.isPresent()) {
				id = inserted.get();
				break;
			}
			// a concurrent request with the same key got there first (the insert waited
			// for it to
			// commit), or, once in 10^14 draws, the tracking code was taken: find it or
			// draw again
			Optional<Receipt> concurrent = earlierSubmission(submission);
			if (concurrent.isPresent()) {
				return concurrent.get();
			}
			if (attempt == 4) {
				throw new IllegalStateException("Could not draw a free tracking code");
			}
		}
		this.repository.appendStep(id, OpinionStep.of(OpinionAction.SUBMIT, null, OpinionStatus.RECEIVED, actor, null));
		for (byte[] photo : photos) {
			String key = this.files.put(photo, "jpg");
			this.jdbc.sql("insert into opinion_file (opinion_id, file_key, kind) values (?, ?, 'PHOTO')")
				.params(id, key)
				.update();
		}
		this.events.publishEvent(
				new OpinionReceived(id, trackingCode, region.code(), submission.channel(), recordedBy, collectedOn));
		return new Receipt(id, trackingCode, linkToken, false);
	}

	private Optional<Long> insert(Submission s, OpinionCategory category, Region region, String description,
			ProtectedPhone phone, String email, LocalDate collectedOn, boolean late, Long recordedBy,
			String trackingCode, String linkToken, LocalDate today, LocalDate assignDue) {
		return this.jdbc
			.sql("""
					insert into opinion (tracking_code, link_token, region_code, category_id, channel, deputy_id, venue_id,
					                     description, place, latitude, longitude, citizen_name, phone_cipher, phone_hash,
					                     phone_last4, phone_masked, email, publish_consent, urgent, collected_on, late_entry,
					                     recorded_by, status, stage_started_on, stage_due_on, idempotency_key,
					                     idempotency_hash, media_url)
					values (:trackingCode, :linkToken, :region, :category, :channel, :deputy, :venue, :description, :place,
					        :latitude, :longitude, :name, :phoneCipher, :phoneHash, :phoneLast4, :phoneMasked, :email,
					        :consent, :urgent, :collectedOn, :late, :recordedBy, 'RECEIVED', :today, :due, :key, :fingerprint,
					        :mediaUrl)
					on conflict do nothing
					returning id""")
			.param("trackingCode", trackingCode)
			.param("linkToken", linkToken)
			.param("region", region.code())
			.param("category", category.id())
			.param("channel", s.channel().name())
			.param("deputy", s.deputyId())
			.param("venue", s.venueId())
			.param("description", description)
			.param("place", blankToNull(s.place()))
			.param("latitude", s.latitude())
			.param("longitude", s.longitude())
			.param("name", blankToNull(s.citizenName()))
			.param("phoneCipher", (phone != null) ? phone.cipherText() : null)
			.param("phoneHash", (phone != null) ? phone.lookupHash() : null)
			.param("phoneLast4", (phone != null) ? phone.lastFour() : null)
			.param("phoneMasked", (phone != null) ? phone.masked() : null)
			.param("email", email)
			.param("consent", s.publishConsent())
			.param("urgent", s.urgent())
			.param("collectedOn", collectedOn)
			.param("late", late)
			.param("recordedBy", recordedBy)
			.param("today", today)
			.param("due", assignDue)
			.param("key", key(s.idempotencyKey()))
			.param("fingerprint", s.fingerprint())
			.param("mediaUrl", blankToNull(s.mediaUrl()))
			.query(Long.class)
			.optional();
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
				if (fingerprint != null && !fingerprint.equals(submission.fingerprint())) {
					throw new IdempotencyConflictException();
				}
				return new Receipt(rs.getLong("id"), rs.getString("tracking_code"), rs.getString("link_token"), true);
			})
			.optional();
	}

	/** The key as stored: a long one by its digest, so any length fits the column. */
	private static String key(String idempotencyKey) {
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

	private ProtectedPhone phone(String input, OpinionCategory category) {
		if (input == null || input.isBlank()) {
			if (!category.allowsAnonymous()) {
				throw new RuleViolationException("phone", "opinion.phone.required");
			}
			return null;
		}
		if (PhoneNumbers.normalise(input).isEmpty()) {
			throw new RuleViolationException("phone", "opinion.phone.invalid");
		}
		return this.phones.protect(input);
	}

	private static void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
		if ((latitude == null) != (longitude == null)) {
			throw new RuleViolationException("latitude", "opinion.coordinates.pair");
		}
		if (latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new RuleViolationException("latitude", "opinion.coordinates.range");
		}
	}

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			throw new RuleViolationException(field, "opinion.too-long", max);
		}
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

package org.lianxin.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.opinion.internal.CaseContact;
import org.lianxin.opinion.internal.CaseContent;
import org.lianxin.opinion.internal.CaseOrigin;
import org.lianxin.opinion.internal.NewCase;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;
import org.lianxin.region.Region;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a submission must be to become a case: every field checked, each broken rule
 * refused with the field it concerns, the phone protected and the texts stripped.
 */
@Component
class SubmissionChecks {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	SubmissionChecks(JdbcClient jdbc, PhoneNumbers phones) {
		this.jdbc = jdbc;
		this.phones = phones;
	}

	/**
	 * The case the submission makes; every field is checked before it is refused, so the
	 * citizen reads all that is wrong at once.
	 * @param category the category looked up, or {@code null} when it was refused
	 * @param region the region looked up, or {@code null} when it was refused
	 * @param problems what was refused already (the category, the region)
	 * @param recordedBy the staff account recording it, or {@code null} for a citizen's
	 */
	NewCase newCase(Submission submission, OpinionCategory category, Region region, RuleViolations problems,
			Long recordedBy, LocalDate today) {
		String description = (submission.description() != null) ? submission.description().strip() : "";
		problems.check(() -> checkDescription(description));
		ProtectedPhone phone = problems.get(() -> phone(submission.phone(), category));
		problems.check(() -> checkCoordinates(submission.latitude(), submission.longitude()));
		problems.check(() -> checkLength("citizenName", submission.citizenName(), 32));
		problems.check(() -> checkLength("place", submission.place(), 200));
		problems.check(() -> checkLength("mediaUrl", submission.mediaUrl(), 500));
		if (submission.mediaUrl() != null && !submission.mediaUrl().isBlank()
				&& !submission.mediaUrl().strip().matches("https?://\\S+")) {
			problems.check(() -> reject("mediaUrl", "opinion.media-url.invalid"));
		}
		String email = blankToNull(submission.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.check(() -> reject("email", "opinion.email.invalid"));
		}
		if (submission.deputyId() != null && !exists("deputy_view", submission.deputyId())) {
			problems.check(() -> reject("deputyId", "opinion.deputy.invalid"));
		}
		if (submission.venueId() != null && !exists("venue_view", submission.venueId())) {
			problems.check(() -> reject("venueId", "opinion.venue.invalid"));
		}
		LocalDate collectedOn = (submission.collectedOn() != null) ? submission.collectedOn() : today;
		if (collectedOn.isAfter(today)) {
			problems.check(() -> reject("collectedOn", "opinion.collected.future"));
		}
		problems.throwIfAny();
		// 当月收集、当月上传: entered in a later month than it was collected
		boolean late = collectedOn.getYear() != today.getYear() || collectedOn.getMonth() != today.getMonth();
		return new NewCase(
				new CaseOrigin(submission.channel(), region.code(), submission.deputyId(), submission.venueId(),
						recordedBy, collectedOn, late),
				new CaseContent(category.id(), submission.urgent(), description, blankToNull(submission.place()),
						submission.latitude(), submission.longitude(), blankToNull(submission.mediaUrl())),
				CaseContact.of(blankToNull(submission.citizenName()), phone, email, submission.publishConsent()),
				OpinionIntake.key(submission.idempotencyKey()), submission.fingerprint());
	}

	private static void checkDescription(String description) {
		if (description.isEmpty()) {
			reject("description", "opinion.description.required");
		}
		if (description.length() > OpinionIntake.MAX_DESCRIPTION) {
			throw new RuleViolationException("description", "opinion.description.too-long",
					OpinionIntake.MAX_DESCRIPTION);
		}
	}

	private static void reject(String field, String messageKey) {
		throw new RuleViolationException(field, messageKey);
	}

	/** Whether the deputy or venue exists, by the view its module publishes. */
	private boolean exists(String view, long id) {
		return this.jdbc.sql("select count(*) from " + view + " where id = ?").param(id).query(Long.class).single() > 0;
	}

	private ProtectedPhone phone(String input, OpinionCategory category) {
		if (input == null || input.isBlank()) {
			// an unknown category is taken as most are: needing a phone
			if (category == null || !category.allowsAnonymous()) {
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

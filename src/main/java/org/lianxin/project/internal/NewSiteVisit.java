package org.lianxin.project.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.RuleViolations;

/**
 * A site visit as typed on the phone: the day, the place, the position (from the phone's
 * location or typed, both or neither), what was found, the questions asked on site with
 * their answers, and the other group deputies who went.
 */
public record NewSiteVisit(LocalDate visitedOn, String place, BigDecimal latitude, BigDecimal longitude,
		String findings, List<VisitQuestion> questions, List<Long> deputyIds) {

	static final int MOST_QUESTIONS = 20;

	public NewSiteVisit {
		questions = (questions != null) ? questions.stream()
			.filter(q -> !blank(q.question()) || !blank(q.answer()))
			.map(q -> new VisitQuestion(strip(q.question()), strip(q.answer())))
			.toList() : List.of();
		deputyIds = (deputyIds != null) ? deputyIds.stream().filter(java.util.Objects::nonNull).toList() : List.of();
		place = strip(place);
		findings = blank(findings) ? null : findings.strip();
	}

	/** Every rule a visit breaks, all at once; none is about the photos. */
	void check(LocalDate startsOn, LocalDate today) {
		RuleViolations problems = new RuleViolations();
		problems.check(() -> {
			if (this.visitedOn == null || this.visitedOn.isAfter(today)) {
				throw new RuleViolationException("visitedOn", "project.visit.date.invalid");
			}
			if (this.visitedOn.isBefore(startsOn)) {
				throw new RuleViolationException("visitedOn", "project.visit.before-start");
			}
		});
		problems.check(() -> {
			if (blank(this.place) || this.place.length() > 200) {
				throw new RuleViolationException("place", "project.visit.place.invalid");
			}
		});
		problems.check(() -> {
			if ((this.latitude == null) != (this.longitude == null)
					|| (this.latitude != null && (this.latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
							|| this.longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
				throw new RuleViolationException("latitude", "project.visit.position.invalid");
			}
		});
		problems.check(() -> {
			if (this.findings != null && this.findings.length() > 2000) {
				throw new RuleViolationException("findings", "project.visit.findings.too-long");
			}
		});
		problems.check(() -> {
			if (this.questions.size() > MOST_QUESTIONS || this.questions.stream()
				.anyMatch(q -> blank(q.question()) || blank(q.answer()) || q.question().length() > 500
						|| q.answer().length() > 1000)) {
				throw new RuleViolationException("questions", "project.visit.question.invalid");
			}
		});
		problems.throwIfAny();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

}

package org.lianxin.suggestion.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.deputy.DeputyAccounts;
import org.lianxin.opinion.OpinionConverted;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An opinion case the office converted becomes a draft suggestion for the deputy who
 * collected it (or whose code the citizen used), pre-filled with what the citizen wrote
 * and linked to the case both ways: the suggestion keeps the case's id, and
 * {@code suggestion_origin_view} tells the opinion module which suggestion it became. One
 * draft per case, whatever retries the event sees.
 */
@Component
class OpinionsAsDrafts {

	private static final Logger logger = LoggerFactory.getLogger(OpinionsAsDrafts.class);

	private static final int TITLE_FROM_TEXT = 30;

	private final SuggestionRepository repository;

	private final SuggestionSeats seats;

	private final DeputyAccounts deputies;

	private final WorkdayCalendar calendar;

	OpinionsAsDrafts(SuggestionRepository repository, SuggestionSeats seats, DeputyAccounts deputies,
			WorkdayCalendar calendar) {
		this.repository = repository;
		this.seats = seats;
		this.deputies = deputies;
		this.calendar = calendar;
	}

	@ApplicationModuleListener
	void on(OpinionConverted converted) {
		if (this.seats.draftOf(converted.opinionId()).isPresent()) {
			return;
		}
		Long deputy = (converted.deputyId() != null) ? converted.deputyId()
				: (converted.recordedBy() != null) ? this.deputies.deputyOf(converted.recordedBy()).orElse(null) : null;
		List<Long> congresses = (deputy != null) ? this.seats.congressesOf(deputy) : List.of();
		if (congresses.isEmpty()) {
			// no deputy behind the case (e.g. a hotline call): the office files it with
			// one
			logger.info("Opinion {} converted without a serving deputy: no draft", converted.opinionId());
			return;
		}
		long congress = this.seats.nearest(congresses, converted.regionCode());
		String text = converted.description().strip();
		String title = "关于" + ((text.length() > TITLE_FROM_TEXT) ? text.substring(0, TITLE_FROM_TEXT) + "…" : text)
				+ "的建议";
		String body = text + ((converted.note() != null) ? "\n\n（转办说明：" + converted.note() + "）" : "");
		try {
			SuggestionContent content = new SuggestionContent(title, body, SuggestionCategory.OTHER, 1, Period.RECESS);
			this.repository.save(Suggestion.draft(
					new NewSuggestion(congress, this.seats.regionOf(congress).orElseThrow(), deputy, content,
							converted.opinionId(), null, null),
					new SuggestionDeadlines(this.calendar.workingDays()), this.calendar.today()));
		}
		catch (RuleViolationException ex) {
			logger.info("No draft for opinion {}: {}", converted.opinionId(), ex.messageKey());
		}
	}

}

package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.text.Bigrams;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * While a deputy drafts, the earlier suggestions of the same congresses that look like
 * the draft: filed this year or in the last two, sharing enough character bigrams of
 * title and body. Only the title, number, year and stage are shown: enough to read the
 * earlier one, not who wrote it.
 */
@Service
public class SimilarSuggestions {

	/** Below this, two texts are about different things. */
	static final double THRESHOLD = 0.25;

	/** The newest suggestions compared; older ones of a busy congress are left out. */
	private static final int CANDIDATES = 2000;

	private final JdbcClient jdbc;

	private final SuggestionFiling filing;

	private final SuggestionSeats seats;

	private final WorkdayCalendar calendar;

	SimilarSuggestions(JdbcClient jdbc, SuggestionFiling filing, SuggestionSeats seats, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.filing = filing;
		this.seats = seats;
		this.calendar = calendar;
	}

	/** An earlier suggestion like the draft, most similar first. */
	public record Similar(long id, String title, int year, int sessionNumber, Integer serialNumber, String status,
			int percent) {
	}

	private record Candidate(long id, String title, String body, LocalDate filedOn, int sessionNumber,
			Integer serialNumber, String status) {
	}

	/** Like the signed-in deputy's draft, in the congresses the deputy serves in. */
	public List<Similar> toDraftOf(CurrentUser user, String title, String body) {
		return like(this.seats.congressesOf(this.filing.deputyOf(user)), title, body, this.calendar.today());
	}

	/** At most five, from the given congresses. */
	List<Similar> like(List<Long> congressIds, String title, String body, LocalDate today) {
		Set<String> draft = Bigrams.of(nullToEmpty(title) + " " + nullToEmpty(body));
		if (congressIds.isEmpty() || draft.size() < 2) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.id, s.title, s.body, s.filed_on, s.session_number, s.serial_number, s.status
				from suggestion s
				where s.congress_id in (:congresses) and s.filed_on >= :since and s.status <> 'DRAFT'
				order by s.id desc limit :limit""")
			.param("congresses", congressIds)
			.param("since", LocalDate.of(today.getYear() - 2, 1, 1))
			.param("limit", CANDIDATES)
			.query(Candidate.class)
			.list()
			.stream()
			.map(c -> new Similar(c.id(), c.title(), c.filedOn().getYear(), c.sessionNumber(), c.serialNumber(),
					c.status(),
					(int) Math.round(100 * Bigrams.similarity(draft, Bigrams.of(c.title() + " " + c.body())))))
			.filter(s -> s.percent() >= THRESHOLD * 100)
			.sorted(Comparator.comparingInt(Similar::percent).reversed())
			.limit(5)
			.toList();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}

package org.lianxin.ledger.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.oversight.OversightCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger of one region's office and one year, as lists and counts: each count is the
 * number of rows its list shows.
 */
@Component
public class LedgerQueries {

	private static final String YEAR = " >= make_date(:year, 1, 1) and %s < make_date(:year + 1, 1, 1)";

	private final JdbcClient jdbc;

	private final OversightCounts oversight;

	LedgerQueries(JdbcClient jdbc, OversightCounts oversight) {
		this.jdbc = jdbc;
		this.oversight = oversight;
	}

	public record MeetingRow(long id, MeetingKind kind, int termNumber, int sessionNumber, LocalDate heldOn,
			String agenda, Integer attendance, String reports, int reportCount) {
	}

	public record AppointmentRow(long id, Appointment.Action action, String personName, String positionTitle,
			LocalDate decidedOn, int membersPresent, int votesFor, int votesAgainst, int abstentions,
			boolean statementMade, boolean oathTaken) {
	}

	public record RequestRow(long id, PartyRequest.Kind kind, String subject, LocalDate sentOn, String answer,
			LocalDate answeredOn) {
	}

	public record ArticleRow(long id, String title, String outlet, ArticleLevel level, LocalDate publishedOn,
			String link, String about) {
	}

	/** A count of the year, with the list it opens. */
	public record Count(YearCount kind, long value, String listPath) {
	}

	/**
	 * The region's meetings of the year, of one kind or all; only those that heard
	 * reports when {@code withReports}.
	 */
	public List<MeetingRow> meetings(String region, int year, MeetingKind kind, boolean withReports) {
		return this.jdbc.sql("""
				select m.id, m.kind, m.term_number, m.session_number, m.held_on, m.agenda, m.attendance,
				       (select string_agg(r.title, '；' order by r.position) from ledger_meeting_report r
				        where r.meeting_id = m.id) as reports,
				       (select count(*) from ledger_meeting_report r where r.meeting_id = m.id) as report_count
				from ledger_meeting m
				where m.region_code = :region and m.held_on""" + YEAR.formatted("m.held_on") + """
				 and (cast(:kind as varchar) is null or m.kind = :kind)
				 and (not :withReports or exists (select 1 from ledger_meeting_report r where r.meeting_id = m.id))
				order by m.held_on desc, m.kind, m.session_number desc""")
			.param("region", region)
			.param("year", year)
			.param("kind", (kind != null) ? kind.name() : null)
			.param("withReports", withReports)
			.query(MeetingRow.class)
			.list();
	}

	public List<AppointmentRow> appointments(String region, int year) {
		return appointments(region, year, 0, Integer.MAX_VALUE);
	}

	/** A page of the year's appointments and removals, the latest first. */
	public List<AppointmentRow> appointments(String region, int year, int offset, int limit) {
		return this.jdbc
			.sql("""
					select id, action, person_name, position_title, decided_on, members_present, votes_for, votes_against,
					       abstentions, statement_made, oath_taken
					from ledger_appointment where region_code = :region and decided_on"""
					+ YEAR.formatted("decided_on") + " order by decided_on desc, id desc offset :offset limit :limit")
			.param("region", region)
			.param("year", year)
			.param("offset", offset)
			.param("limit", limit)
			.query(AppointmentRow.class)
			.list();
	}

	public List<RequestRow> requests(String region, int year) {
		return this.jdbc
			.sql("""
					select id, kind, subject, sent_on, answer, answered_on
					from ledger_request where region_code = :region and sent_on""" + YEAR.formatted("sent_on")
					+ " order by sent_on desc, id desc")
			.param("region", region)
			.param("year", year)
			.query(RequestRow.class)
			.list();
	}

	public List<ArticleRow> articles(String region, int year) {
		return this.jdbc
			.sql("""
					select id, title, outlet, level, published_on, link, about
					from ledger_article where region_code = :region and published_on""" + YEAR.formatted("published_on")
					+ " order by published_on desc, id desc")
			.param("region", region)
			.param("year", year)
			.query(ArticleRow.class)
			.list();
	}

	/** The year's counts, each the size of the list it opens. */
	public List<Count> counts(String region, int year) {
		List<Count> counts = new ArrayList<>();
		String query = "?region=" + region + "&year=" + year;
		for (MeetingKind kind : MeetingKind.values()) {
			counts.add(new Count(YearCount.valueOf(kind.name() + "_MEETINGS"),
					meetings(region, year, kind, false).size(), "/ledger/meetings" + query + "&kind=" + kind));
		}
		counts.add(new Count(YearCount.REPORTS_HEARD,
				meetings(region, year, null, true).stream().mapToLong(MeetingRow::reportCount).sum(),
				"/ledger/meetings" + query + "&withReports=true"));
		counts.add(new Count(YearCount.OVERSIGHT_ACTIVITIES, this.oversight.activitiesOf(region, year),
				this.oversight.listPath(region, year)));
		counts
			.add(new Count(YearCount.APPOINTMENTS, appointments(region, year).size(), "/ledger/appointments" + query));
		counts.add(new Count(YearCount.REQUESTS, requests(region, year).size(), "/ledger/requests" + query));
		counts.add(new Count(YearCount.ARTICLES, articles(region, year).size(), "/ledger/articles" + query));
		return counts;
	}

}

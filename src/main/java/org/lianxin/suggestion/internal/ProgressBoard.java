package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.workday.WorkdayCalendar;
import org.lianxin.workday.WorkingDays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The mid-year progress meeting's page (年中推进会: 问进度、查难点、找对策): every registered suggestion
 * of a congress with its stage, the working days left on its clock (negative when
 * overdue) and its promised items still open; the agenda takes the overdue, the key and
 * those with a promise falling due first.
 */
@Service
public class ProgressBoard {

	/** At most this many lines: a congress's suggestions of a year fit on the page. */
	static final int MOST = 2000;

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	ProgressBoard(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** One suggestion's line on the board. */
	public record Line(long id, int sessionNumber, Integer serialNumber, String title, String status, String leadAgency,
			boolean keySuggestion, LocalDate stageDueOn, long openPromises, LocalDate nextPromiseDue,
			Integer workingDaysLeft) {

		public boolean overdue() {
			return this.workingDaysLeft != null && this.workingDaysLeft < 0;
		}

		/** On the agenda: overdue, key, or a promised item due within the month. */
		public boolean onAgenda(LocalDate today) {
			return overdue() || this.keySuggestion
					|| (this.nextPromiseDue != null && !this.nextPromiseDue.isAfter(today.plusMonths(1)));
		}

	}

	public List<Line> board(CurrentUser user, SuggestionFilter filter) {
		LocalDate today = this.calendar.today();
		WorkingDays days = this.calendar.workingDays();
		SqlCondition where = SuggestionConditions.of(user, filter, today);
		return this.jdbc
			.sql("""
					select s.id, s.session_number, s.serial_number, s.title, s.status,
					       (select a.name from agency_view a where a.id = s.lead_agency_id) as lead_agency, s.key_suggestion,
					       s.stage_due_on,
					       (select count(*) from suggestion_promise p where p.suggestion_id = s.id
					          and p.status in ('OPEN', 'REPORTED')) as open_promises,
					       (select min(p.due_on) from suggestion_promise p where p.suggestion_id = s.id
					          and p.status in ('OPEN', 'REPORTED')) as next_promise_due
					from suggestion s
					where s.serial_number is not null and s.status not in ('MERGED') and\s"""
					+ where.sql() + """

							order by s.session_number, s.serial_number limit :most""")
			.params(where.params())
			.param("most", MOST)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("stage_due_on", LocalDate.class);
				Integer left = (due == null) ? null
						: due.isBefore(today) ? -days.between(due, today) : days.between(today, due);
				return new Line(rs.getLong("id"), rs.getInt("session_number"), (Integer) rs.getObject("serial_number"),
						rs.getString("title"), rs.getString("status"), rs.getString("lead_agency"),
						rs.getBoolean("key_suggestion"), due, rs.getLong("open_promises"),
						rs.getObject("next_promise_due", LocalDate.class), left);
			})
			.list();
	}

}

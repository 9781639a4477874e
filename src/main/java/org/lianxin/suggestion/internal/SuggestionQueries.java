package org.lianxin.suggestion.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.excel.SheetExports;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The suggestions a user may see: lists one keyset page at a time, and one in full. */
@Service
public class SuggestionQueries {

	private final JdbcClient jdbc;

	private final SuggestionHistory history;

	private final WorkdayCalendar calendar;

	SuggestionQueries(JdbcClient jdbc, SuggestionHistory history, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.history = history;
		this.calendar = calendar;
	}

	/**
	 * One page of a list, newest first.
	 *
	 * @param next the id to pass as {@code before} for the next page, {@code null} on the
	 * last
	 */
	public record SuggestionPage(List<SuggestionRow> rows, Long next) {
	}

	public SuggestionPage list(CurrentUser user, SuggestionFilter filter) {
		SqlCondition where = SuggestionConditions.of(user, filter, this.calendar.today());
		List<SuggestionRow> rows = this.jdbc
			.sql("select " + SuggestionRow.COLUMNS + " from suggestion s where " + where.sql()
					+ " order by s.id desc limit :limit")
			.params(where.params())
			.param("limit", filter.size() + 1)
			.query(SuggestionRow.class)
			.list();
		boolean more = rows.size() > filter.size();
		List<SuggestionRow> page = more ? rows.subList(0, filter.size()) : rows;
		return new SuggestionPage(List.copyOf(page), more ? page.get(page.size() - 1).id() : null);
	}

	/**
	 * Every suggestion of the list, newest first, handed over one at a time as a cursor
	 * reads them (within a transaction, {@link SheetExports#FETCH_SIZE} rows a fetch):
	 * the list's scope and filter, its page aside.
	 */
	void each(CurrentUser user, SuggestionFilter filter, Consumer<SuggestionRow> each) {
		SqlCondition where = SuggestionConditions.of(user, filter, this.calendar.today());
		try (Stream<SuggestionRow> rows = this.jdbc
			.sql("select " + SuggestionRow.COLUMNS + " from suggestion s where " + where.sql() + " order by s.id desc")
			.params(where.params())
			.withFetchSize(SheetExports.FETCH_SIZE)
			.query(SuggestionRow.class)
			.stream()) {
			rows.forEach(each);
		}
	}

	/** How many suggestions the list of this filter shows the user over all its pages. */
	public long count(CurrentUser user, SuggestionFilter filter) {
		SqlCondition where = SuggestionConditions.of(user, filter, this.calendar.today());
		return this.jdbc.sql("select count(*) from suggestion s where " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	public Optional<SuggestionDetail> detail(CurrentUser user, long id) {
		SqlCondition scope = SuggestionScope.of(user);
		return this.jdbc
			.sql("select " + SuggestionRow.COLUMNS + ", s.body, s.period, s.origin_opinion_id, s.supervising_leader,"
					+ " s.handling_round, s.assigned_on, s.reply_due_on, s.pending_extension, s.extension_reason,"
					+ " s.return_reason, s.contacted_on, s.result_class, s.reply_text, s.signatory, s.replied_on,"
					+ " s.replied_on_time, s.publish_reply, s.lead_deputy_id, s.lead_agency_id"
					+ " from suggestion s where s.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> new SuggestionDetail(
					new SuggestionRow(rs.getLong("id"), rs.getLong("congress_id"), rs.getInt("session_number"),
							(Integer) rs.getObject("serial_number"), rs.getString("title"), rs.getString("category"),
							rs.getString("status"), rs.getString("region_code"), rs.getString("lead_deputy"),
							rs.getString("lead_agency"), rs.getObject("filed_on", java.time.LocalDate.class),
							rs.getObject("stage_due_on", java.time.LocalDate.class), rs.getBoolean("key_suggestion"),
							rs.getString("result_class")),
					rs.getString("body"), rs.getString("period"), (Long) rs.getObject("origin_opinion_id"),
					rs.getString("supervising_leader"), rs.getInt("handling_round"),
					rs.getObject("assigned_on", java.time.LocalDate.class),
					rs.getObject("reply_due_on", java.time.LocalDate.class),
					(Integer) rs.getObject("pending_extension"), rs.getString("extension_reason"),
					rs.getString("return_reason"), rs.getObject("contacted_on", java.time.LocalDate.class),
					(rs.getString("reply_text") != null) ? new SuggestionDetail.Reply(rs.getString("result_class"),
							rs.getString("reply_text"), rs.getString("signatory"),
							rs.getObject("replied_on", java.time.LocalDate.class),
							(Boolean) rs.getObject("replied_on_time"), rs.getBoolean("publish_reply"), replyItems(id))
							: null,
					rs.getLong("lead_deputy_id"), (Long) rs.getObject("lead_agency_id"), coSigners(id), coAgencies(id),
					promises(id), ratings(id), this.history.of(id)))
			.optional();
	}

	private List<ReplyItem> replyItems(long id) {
		return this.jdbc.sql("select text, due_on from suggestion_reply_item where suggestion_id = ? order by due_on")
			.param(id)
			.query(ReplyItem.class)
			.list();
	}

	private List<SuggestionDetail.Person> coSigners(long id) {
		return this.jdbc.sql("""
				select c.deputy_id, (select d.name from deputy_view d where d.id = c.deputy_id) as name, c.confirmed_on
				from suggestion_co_signer c where c.suggestion_id = ? order by c.deputy_id""")
			.param(id)
			.query(SuggestionDetail.Person.class)
			.list();
	}

	private List<SuggestionDetail.Handler> coAgencies(long id) {
		return this.jdbc
			.sql("""
					select c.agency_id, (select a.name from agency_view a where a.id = c.agency_id) as name, c.view_text as view,
					      c.viewed_on
					from suggestion_co_agency c where c.suggestion_id = ? order by c.agency_id""")
			.param(id)
			.query(SuggestionDetail.Handler.class)
			.list();
	}

	private List<SuggestionDetail.Promise> promises(long id) {
		return this.jdbc.sql("""
				select id, handling_round, text, due_on, status, report_text, reported_on from suggestion_promise
				where suggestion_id = ? order by due_on, id""").param(id).query(SuggestionDetail.Promise.class).list();
	}

	private List<SuggestionDetail.Verdict> ratings(long id) {
		return this.jdbc
			.sql("""
					select r.handling_round, r.deputy_id, (select d.name from deputy_view d where d.id = r.deputy_id) as name,
					       r.handling, r.result
					from suggestion_rating r where r.suggestion_id = ? order by r.handling_round, r.rated_on, r.deputy_id""")
			.param(id)
			.query(SuggestionDetail.Verdict.class)
			.list();
	}

}

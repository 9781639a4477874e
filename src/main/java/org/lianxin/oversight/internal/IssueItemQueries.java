package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue items as lists and pages read them: an office its region's, a unit its own (plain
 * SQL within the caller's scope).
 */
@Component
public class IssueItemQueries {

	private static final String ROW = """
			select i.id, i.activity_id, a.title as activity_title, i.region_code, i.place, i.description,
			       i.agency_id, g.name as agency_name, i.due_on, i.state, i.clock_due_on, i.level, i.closed_on
			from oversight_issue_item i join oversight_activity a on a.id = i.activity_id
			join agency_view g on g.id = i.agency_id""";

	/**
	 * Those waiting longest first: the order indexes serve (V137), so that a page reads
	 * its own rows only, however many items the scope holds.
	 */
	static final String WAITING_ORDER = " i.clock_due_on nulls last, i.id";

	private final JdbcClient jdbc;

	IssueItemQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An item in a list.
	 *
	 * @param clockDueOn the last day of what it waits for now (the unit's rectification,
	 * the check, the follow-up visit); none once followed up
	 * @param level how far supervision has escalated on that, 0 if not
	 */
	public record ItemRow(long id, long activityId, String activityTitle, String regionCode, String place,
			String description, long agencyId, String agencyName, LocalDate dueOn, IssueState state,
			LocalDate clockDueOn, int level, LocalDate closedOn) {

		public boolean overdueOn(LocalDate today) {
			return this.clockDueOn != null && this.clockDueOn.isBefore(today);
		}

	}

	/** An item with what was found and everything reported and decided on it. */
	public record ItemDetail(ItemRow row, String evidence, String ruleConcerned, String rectificationRequired,
			int followUpDays, String followUpVerdict, List<Report> reports, List<Integer> findingPhotos) {
	}

	/** A rectification report and its review (none yet). */
	public record Report(int position, LocalDate reportedOn, String reportedBy, String account, LocalDate reviewedOn,
			String reviewedBy, ReviewMethod reviewMethod, Boolean accepted, String reviewNote, List<Integer> photos) {
	}

	/** Filters of the item list; each may be left out. */
	public record ItemFilter(IssueState state, Long activityId, boolean overdueOnly) {
	}

	/** The items of the scope, those waiting longest first. */
	public List<ItemRow> items(CurrentUser user, ItemFilter filter, LocalDate today, int offset, int limit) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where " + scope.sql() + """
				 and (cast(:state as varchar) is null or i.state = :state)
				 and (cast(:activity as bigint) is null or i.activity_id = :activity)
				 and (not :overdue or i.clock_due_on < :today)
				order by""" + WAITING_ORDER + " offset :offset limit :limit")
			.params(scope.params())
			.param("state", (filter.state() != null) ? filter.state().name() : null)
			.param("activity", filter.activityId())
			.param("overdue", filter.overdueOnly())
			.param("today", today)
			.param("offset", offset)
			.param("limit", limit)
			.query(ItemRow.class)
			.list();
	}

	/** How many items of one state the caller's list holds, over all its pages. */
	public long count(CurrentUser user, IssueState state) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc
			.sql("select count(*) from oversight_issue_item i where " + scope.sql() + " and i.state = :state")
			.params(scope.params())
			.param("state", state.name())
			.query(Long.class)
			.single();
	}

	/** An item's row, if the caller's scope reaches it. */
	public Optional<ItemRow> item(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where i.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(ItemRow.class)
			.optional();
	}

	/** An item with its reports, if the caller's scope reaches it. */
	public Optional<ItemDetail> detail(CurrentUser user, long id) {
		return item(user, id).map(row -> this.jdbc.sql("""
				select evidence, rule_concerned, rectification_required, follow_up_days, follow_up_verdict
				from oversight_issue_item where id = ?""")
			.param(id)
			.query((rs, n) -> new ItemDetail(row, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getString(5), reports(id), photoNumbers(id, null)))
			.single());
	}

	/**
	 * The key of the item's n-th photo (from 1, the finding's first, then each report's
	 * in turn), as the detail numbers them.
	 */
	public Optional<String> photoKey(long id, int n) {
		List<Photo> photos = photos(id);
		return (n < 1 || n > photos.size()) ? Optional.empty() : Optional.of(photos.get(n - 1).fileKey());
	}

	private record Photo(String fileKey, Integer rectification) {
	}

	private List<Photo> photos(long id) {
		return this.jdbc.sql("""
				select file_key, rectification from oversight_issue_file where item_id = ?
				order by rectification nulls first, file_key""").param(id).query(Photo.class).list();
	}

	/** The numbers of the photos of the finding (null) or of one report. */
	private List<Integer> photoNumbers(long id, Integer rectification) {
		List<Photo> photos = photos(id);
		return IntStream.range(0, photos.size())
			.filter(i -> Objects.equals(photos.get(i).rectification(), rectification))
			.mapToObj(i -> i + 1)
			.toList();
	}

	private List<Report> reports(long id) {
		return this.jdbc.sql("""
				select x.position, x.reported_on, u.display_name, x.account, x.reviewed_on, v.display_name,
				       x.review_method, x.accepted, x.review_note
				from oversight_rectification x left join staff_user_view u on u.id = x.reported_by
				left join staff_user_view v on v.id = x.reviewed_by
				where x.item_id = ? order by x.position""")
			.param(id)
			.query((rs, n) -> new Report(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
					(rs.getString(7) != null) ? ReviewMethod.valueOf(rs.getString(7)) : null, (Boolean) rs.getObject(8),
					rs.getString(9), photoNumbers(id, rs.getInt(1))))
			.list();
	}

	/** Offices by region; a unit its own items. */
	static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("i.region_code", "i.agency_id", "i.created_by");
	}

}

package org.lianxin.opinion.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.opinion.ContactChannel;
import org.lianxin.opinion.IntakeChannel;
import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.opinion.internal.OpinionScope;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Cases as staff read them: lists within the user's scope, one case with its history,
 * notices and photos. Plain SQL, no aggregates. What a citizen sees is
 * {@link CitizenCases}.
 */
@Service
public class OpinionQueries {

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	private final OpinionLists lists;

	OpinionQueries(JdbcClient jdbc, WorkdayCalendar calendar, OpinionLists lists) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.lists = lists;
	}

	/** One page of cases and whether another follows. */
	public record CasePage(List<CaseRow> rows, boolean hasNext) {

		/**
		 * Where the next page starts ({@code before}), or {@code null} on the last page.
		 */
		public Long next() {
			return (this.hasNext && !this.rows.isEmpty()) ? this.rows.get(this.rows.size() - 1).id() : null;
		}

	}

	/**
	 * Cases in the user's scope matching the filter, newest first (see
	 * {@link OpinionLists}).
	 */
	public CasePage list(CurrentUser user, OpinionFilter filter) {
		return this.lists.list(user, filter);
	}

	/** A step of a case's history as the timeline shows it. */
	public record HistoryEntry(OffsetDateTime at, String actor, OpinionAction action, OpinionStatus fromStatus,
			OpinionStatus toStatus, String note, String agencyName, ResultClass resultClass, Satisfaction rating,
			ContactChannel channel, Integer days) {
	}

	/**
	 * One case as staff see it: the phone only masked.
	 *
	 * @param photoIds ids of the photos the citizen sent
	 */
	public record CaseDetail(long id, String trackingCode, OffsetDateTime receivedAt, long categoryId,
			String categoryName, String regionCode, String regionName, IntakeChannel channel, String deputyName,
			String venueName, String description, String place, BigDecimal latitude, BigDecimal longitude,
			String citizenName, String phoneMasked, String email, boolean publishConsent, boolean urgent,
			LocalDate collectedOn, boolean lateEntry, OpinionStatus status, LocalDate stageDueOn, boolean overdue,
			Long leadAgencyId, String leadAgencyName, String coAgencyNames, LocalDate assignedOn, LocalDate replyDueOn,
			Integer extensionDays, String extensionReason, ResultClass resultClass, Satisfaction rating,
			Long mergedInto, int handlingRound, int escalationLevel, String mediaUrl, List<Long> photoIds,
			List<HistoryEntry> history) {

		public boolean hasPhone() {
			return this.phoneMasked != null;
		}

	}

	/** The case if the user's scope reaches it. */
	public Optional<CaseDetail> detail(CurrentUser user, long id) {
		return visible(user, id) ? detail(id) : Optional.empty();
	}

	/** Whether the user's data scope reaches the case. */
	public boolean visible(CurrentUser user, long id) {
		SqlCondition scope = OpinionScope.of(user);
		return this.jdbc.sql("select count(*) from opinion o where o.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private Optional<CaseDetail> detail(long id) {
		List<HistoryEntry> history = history(id);
		List<Long> photos = this.jdbc
			.sql("select id from opinion_file where opinion_id = ? and kind = 'PHOTO' order by id")
			.param(id)
			.query(Long.class)
			.list();
		return this.jdbc.sql("""
				select o.*, c.name as category_name, r.name as region_name, d.name as deputy_name, v.name as venue_name,
				       a.name as lead_agency_name,
				       (select string_agg(ca.name, '、' order by ca.name) from opinion_co_agency co
				        join agency_view ca on ca.id = co.agency_id where co.opinion_id = o.id) as co_agency_names
				from opinion o
				join opinion_category c on c.id = o.category_id
				join region_view r on r.code = o.region_code
				left join deputy_view d on d.id = o.deputy_id
				left join venue_view v on v.id = o.venue_id
				left join agency_view a on a.id = o.lead_agency_id
				where o.id = ?""").param(id).query((rs, n) -> {
			OpinionStatus status = OpinionStatus.valueOf(rs.getString("status"));
			LocalDate due = localDate(rs.getDate("stage_due_on"));
			return new CaseDetail(rs.getLong("id"), rs.getString("tracking_code"),
					rs.getObject("received_at", OffsetDateTime.class), rs.getLong("category_id"),
					rs.getString("category_name"), rs.getString("region_code"), rs.getString("region_name"),
					IntakeChannel.valueOf(rs.getString("channel")), rs.getString("deputy_name"),
					rs.getString("venue_name"), rs.getString("description"), rs.getString("place"),
					rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("citizen_name"),
					rs.getString("phone_masked"), rs.getString("email"), rs.getBoolean("publish_consent"),
					rs.getBoolean("urgent"), localDate(rs.getDate("collected_on")), rs.getBoolean("late_entry"), status,
					due, status.isOpen() && due != null && due.isBefore(this.calendar.today()),
					rs.getObject("lead_agency_id", Long.class), rs.getString("lead_agency_name"),
					rs.getString("co_agency_names"), localDate(rs.getDate("assigned_on")),
					localDate(rs.getDate("reply_due_on")), rs.getObject("extension_days", Integer.class),
					rs.getString("extension_reason"), enumOrNull(ResultClass.class, rs.getString("result_class")),
					enumOrNull(Satisfaction.class, rs.getString("rating")), rs.getObject("merged_into", Long.class),
					rs.getInt("handling_round"), rs.getInt("escalation_level"), rs.getString("media_url"), photos,
					history);
		}).optional();
	}

	/** The file key of a photo of a case the user can see. */
	public Optional<String> photoKey(CurrentUser user, long id, long fileId) {
		if (visible(user, id)) {
			return this.jdbc.sql("select file_key from opinion_file where id = ? and opinion_id = ?")
				.params(fileId, id)
				.query(String.class)
				.optional();
		}
		return Optional.empty();
	}

	/** A case's steps, oldest first. */
	public List<HistoryEntry> history(long id) {
		return this.jdbc.sql("""
				select h.at, h.actor, h.action, h.from_status, h.to_status, h.note, a.name as agency_name,
				       h.result_class, h.rating, h.channel, h.days
				from opinion_history h left join agency_view a on a.id = h.agency_id
				where h.opinion_id = ? order by h.id""").param(id).query(HistoryEntry.class).list();
	}

	static LocalDate localDate(java.sql.Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}

package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deliberation opinions as lists and pages read them, within the caller's scope: an
 * office its region's, a unit those addressed to it or with an item of its own.
 */
@Component
public class DeliberationQueries {

	private static final String ROW = """
			select d.id, d.region_code, d.source_kind, d.meeting_id, d.report_position + 1 as report_number,
			       d.activity_id, d.source_title, d.title, d.agency_id, a.name as agency_name, d.state, d.letter_number,
			       d.sent_on, d.receipt_due_on, d.received_on, d.received_by, d.rating, d.rating_note, d.rated_on,
			       (select count(*) from deliberation_opinion_item i where i.opinion_id = d.id) as items,
			       (select count(*) from deliberation_opinion_item i where i.opinion_id = d.id
			        and i.answer is not null) as answered
			from deliberation_opinion d join agency_view a on a.id = d.agency_id""";

	/**
	 * A unit's handler sees an opinion addressed to the unit, or with an item of its own:
	 * the expression is the handler's agency when one of the items is theirs, else the
	 * addressee. The opinions with an item of the unit's are looked up once (through the
	 * items' agency index), not once per opinion.
	 */
	private static final String AGENCY = """
			case when d.agency_id = :scopeAgencyId or d.id in (select i.opinion_id from deliberation_opinion_item i
			                                                   where i.agency_id = :scopeAgencyId)
			     then :scopeAgencyId else d.agency_id end""";

	private final JdbcClient jdbc;

	DeliberationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record OpinionRow(long id, String regionCode, String sourceKind, Long meetingId, Integer reportNumber,
			Long activityId, String sourceTitle, String title, long agencyId, String agencyName,
			DeliberationState state, String letterNumber, LocalDate sentOn, LocalDate receiptDueOn,
			LocalDate receivedOn, String receivedBy, DeliberationRating rating, String ratingNote, LocalDate ratedOn,
			long items, long answered) {
	}

	public record ItemRow(int number, String text, long agencyId, String agencyName, LocalDate dueOn, String answer,
			LocalDate answeredOn) {
	}

	public record OpinionDetail(OpinionRow row, List<ItemRow> items) {
	}

	/** A page of the year's opinions (by the day drafted), newest first. */
	public List<OpinionRow> opinions(CurrentUser user, int year, int offset, int limit) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where " + scope.sql() + """
				 and d.created_at >= make_date(:year, 1, 1) and d.created_at < make_date(:year + 1, 1, 1)
				order by d.id desc offset :offset limit :limit""")
			.params(scope.params())
			.param("year", year)
			.param("offset", offset)
			.param("limit", limit)
			.query(OpinionRow.class)
			.list();
	}

	public Optional<OpinionRow> opinion(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where d.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(OpinionRow.class)
			.optional();
	}

	public Optional<OpinionDetail> detail(CurrentUser user, long id) {
		return opinion(user, id).map(row -> new OpinionDetail(row, this.jdbc.sql("""
				select i.position + 1 as number, i.text, i.agency_id, a.name as agency_name, i.due_on, i.answer,
				       i.answered_on
				from deliberation_opinion_item i join agency_view a on a.id = i.agency_id
				where i.opinion_id = ? order by i.position""").param(id).query(ItemRow.class).list()));
	}

	static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("d.region_code", AGENCY, "d.created_by");
	}

}

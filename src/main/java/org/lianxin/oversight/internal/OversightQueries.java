package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Activities as lists and pages read them: plain SQL within the caller's scope. */
@Component
public class OversightQueries {

	static final String ROW = """
			select a.id, a.kind, a.title, a.region_code, r.name as region_name, a.organiser, a.starts_on, a.ends_on,
			       a.state,
			       (select count(*) from oversight_issue_item i where i.activity_id = a.id) as items,
			       (select count(*) from oversight_issue_item i where i.activity_id = a.id
			        and i.state in ('ASSIGNED', 'REPORTED', 'SENT_BACK')) as open_items
			from oversight_activity a join region_view r on r.code = a.region_code""";

	private final JdbcClient jdbc;

	OversightQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An activity in a list: its issue items, and how many are still being rectified. */
	public record ActivityRow(long id, ActivityKind kind, String title, String regionCode, String regionName,
			String organiser, LocalDate startsOn, LocalDate endsOn, ActivityState state, long items, long openItems) {
	}

	/** An activity with what it planned and did. */
	public record ActivityDetail(ActivityRow row, String jointOrganisers, String lawsChecked, String preparatoryStudy,
			String report, List<InspectionMethod> methods, List<Person> participants, List<Place> visits) {
	}

	/** Someone who took part. */
	public record Person(ParticipantRole role, Long deputyId, String name) {
	}

	/** A place visited. */
	public record Place(LocalDate visitedOn, String place, SiteKind siteKind, boolean unannounced, String notes) {
	}

	/**
	 * The activities of the scope that began in the year, newest first.
	 * @param region only the activities of this region's own office, when given
	 * @param heldOnly leave out those still planned (as the work ledger counts them)
	 */
	public List<ActivityRow> activities(CurrentUser user, int year, String region, boolean heldOnly, int offset,
			int limit) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where " + scope.sql() + """
				 and a.starts_on >= make_date(:year, 1, 1) and a.starts_on < make_date(:year + 1, 1, 1)
				 and (cast(:region as varchar) is null or a.region_code = :region)
				 and (not :heldOnly or a.state <> 'PLANNED')
				order by a.starts_on desc, a.id desc offset :offset limit :limit""")
			.params(scope.params())
			.param("year", year)
			.param("region", region)
			.param("heldOnly", heldOnly)
			.param("offset", offset)
			.param("limit", limit)
			.query(ActivityRow.class)
			.list();
	}

	/** An activity's row, if the caller's scope reaches it. */
	public Optional<ActivityRow> activity(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where a.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(ActivityRow.class)
			.optional();
	}

	/**
	 * An activity with its people, methods and places, if the caller's scope reaches it.
	 */
	public Optional<ActivityDetail> detail(CurrentUser user, long id) {
		return activity(user, id).map(row -> {
			ActivityDetail texts = this.jdbc
				.sql("""
						select joint_organisers, laws_checked, preparatory_study, report from oversight_activity where id = ?""")
				.param(id)
				.query((rs, n) -> new ActivityDetail(row, rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), methods(id), participants(id), visits(id)))
				.single();
			return texts;
		});
	}

	private List<InspectionMethod> methods(long id) {
		return this.jdbc.sql("select method from oversight_activity_method where activity_id = ? order by method")
			.param(id)
			.query(InspectionMethod.class)
			.list();
	}

	private List<Person> participants(long id) {
		return this.jdbc.sql("""
				select role, deputy_id, name from oversight_participant where activity_id = ?
				order by case role when 'DEPUTY' then 0 when 'EXPERT' then 1 when 'TRADE' then 2 else 3 end, name""")
			.param(id)
			.query(Person.class)
			.list();
	}

	private List<Place> visits(long id) {
		return this.jdbc.sql("""
				select visited_on, place, site_kind, unannounced, notes from oversight_visit
				where activity_id = ? order by position""").param(id).query(Place.class).list();
	}

	/** Offices see their region and below; agencies and deputies see no activity. */
	static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("a.region_code", null, "a.created_by");
	}

}

package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Observed hearings as lists, pages and yearly counts read them: an office its region's,
 * a court its own (plain SQL within the caller's scope).
 */
@Component
public class CourtQueries {

	private static final String ROW = """
			select h.id, h.region_code, h.court_id, c.name as court_name, h.case_title, h.case_kind, h.held_on,
			       h.place, h.seats, h.state,
			       (select count(*) from court_hearing_seat s where s.hearing_id = h.id
			        and s.state in ('SIGNED_UP', 'ATTENDED')) as taken,
			       (select count(*) from court_hearing_seat s where s.hearing_id = h.id
			        and s.state = 'ATTENDED') as attended
			from court_hearing h join agency_view c on c.id = h.court_id""";

	private final JdbcClient jdbc;

	CourtQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A hearing in a list: seats taken, and how many came once held. */
	public record HearingRow(long id, String regionCode, long courtId, String courtName, String caseTitle,
			CaseKind caseKind, LocalDate heldOn, String place, int seats, HearingState state, long taken,
			long attended) {
	}

	/** A hearing with its sign-ups, evaluations, discussion and the court's replies. */
	public record HearingDetail(HearingRow row, String briefing, String discussion, List<SignUp> signUps,
			List<Mark> marks, List<OpinionSent> opinions) {
	}

	public record SignUp(long deputyId, String name, SeatState state) {
	}

	public record Mark(long deputyId, String name, EvaluationItem item, int rating, String comment) {
	}

	public record OpinionSent(int number, String opinion, String reply, LocalDate repliedOn, LocalDate dueOn) {
	}

	/** Attendances (人次) and hearings of a year, per court. */
	public record CourtCount(long courtId, String courtName, long hearings, long attendances) {
	}

	/** A page of the year's hearings, the latest first. */
	public List<HearingRow> hearings(CurrentUser user, int year, int offset, int limit) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where " + scope.sql() + """
				 and h.held_on >= make_date(:year, 1, 1) and h.held_on < make_date(:year + 1, 1, 1)
				order by h.held_on desc, h.id desc offset :offset limit :limit""")
			.params(scope.params())
			.param("year", year)
			.param("offset", offset)
			.param("limit", limit)
			.query(HearingRow.class)
			.list();
	}

	public Optional<HearingRow> hearing(CurrentUser user, long id) {
		SqlCondition scope = scopeOf(user);
		return this.jdbc.sql(ROW + " where h.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(HearingRow.class)
			.optional();
	}

	public Optional<HearingDetail> detail(CurrentUser user, long id) {
		return hearing(user, id).map(row -> this.jdbc.sql("select briefing, discussion from court_hearing where id = ?")
			.param(id)
			.query((rs, n) -> new HearingDetail(row, rs.getString(1), rs.getString(2), signUps(id), marks(id),
					opinions(id)))
			.single());
	}

	/** Per court of the scope, the year's observed hearings and attendances (人次). */
	public List<CourtCount> countsOf(CurrentUser user, int year) {
		SqlCondition scope = scopeOf(user);
		// each hearing's attendances through its own seats (an index look-up each):
		// joining
		// every seat of the year and counting distinct hearings took four times as long
		return this.jdbc.sql("""
				select h.court_id, c.name as court_name, count(*) as hearings,
				       coalesce(sum((select count(*) from court_hearing_seat s where s.hearing_id = h.id
				                     and s.state = 'ATTENDED')), 0)::bigint as attendances
				from court_hearing h join agency_view c on c.id = h.court_id
				where h.state <> 'SCHEDULED' and %s
				 and h.held_on >= make_date(:year, 1, 1) and h.held_on < make_date(:year + 1, 1, 1)
				group by h.court_id, c.name order by c.name""".formatted(scope.sql()))
			.params(scope.params())
			.param("year", year)
			.query(CourtCount.class)
			.list();
	}

	private List<SignUp> signUps(long id) {
		return this.jdbc.sql("""
				select s.deputy_id, d.name, s.state from court_hearing_seat s join deputy_view d on d.id = s.deputy_id
				where s.hearing_id = ? order by s.position""").param(id).query(SignUp.class).list();
	}

	private List<Mark> marks(long id) {
		return this.jdbc
			.sql("""
					select e.deputy_id, d.name, e.item, e.rating, e.comment
					from court_hearing_evaluation e join deputy_view d on d.id = e.deputy_id
					where e.hearing_id = ? order by d.name, e.deputy_id,
					  array_position(array['ETIQUETTE','CONDUCT','PROCEDURE','ABILITY','EFFICIENCY','EFFECT'], e.item::text)""")
			.param(id)
			.query(Mark.class)
			.list();
	}

	private List<OpinionSent> opinions(long id) {
		return this.jdbc.sql("""
				select position + 1 as number, opinion, reply, replied_on, due_on from court_hearing_opinion
				where hearing_id = ? order by position""").param(id).query(OpinionSent.class).list();
	}

	/** Offices by region; a court its own hearings. */
	static SqlCondition scopeOf(CurrentUser user) {
		return user.scope().restrict("h.region_code", "h.court_id", "h.created_by");
	}

}

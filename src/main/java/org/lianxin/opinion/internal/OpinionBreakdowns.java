package org.lianxin.opinion.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of a region's period broken down for the dashboard: by month and by
 * division added up from the rollup kept per region and day ({@link OpinionRollup}); by
 * category and by lead agency counted from the cases of the region and period alone (the
 * index on region and day of collection bounds them), each by its {@link Figure}
 * condition so that it matches the list it opens.
 */
@Service
public class OpinionBreakdowns {

	private static final String SUBTREE = " in (select code from region_view where path like "
			+ "(select path from region_view where code = :regionCode) || '%')";

	private final JdbcClient jdbc;

	OpinionBreakdowns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Collected, closed and solved (A 类办结) in one month of the period. */
	public record Month(int month, long collected, long closed, long resolved) {
	}

	/** The cases of one category collected in the period. */
	public record Category(long categoryId, String name, long collected) {
	}

	/** A lead agency's closed cases, those on time, the rated and the content ones. */
	public record Agency(long agencyId, String name, long closed, long closedOnTime, long rated, long content) {
	}

	/** A division (a child region) side by side with the others. */
	public record Division(String regionCode, String name, long collected, long closed, long resolved) {
	}

	/** Per month of the period, from the rollup; months without cases left out. */
	public List<Month> months(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition where = rolledUp(user, regionCode, from, to);
		return this.jdbc.sql("""
				select extract(month from r.day)::int as month, coalesce(sum(r.collected), 0) as collected,
				       coalesce(sum(r.closed), 0) as closed, coalesce(sum(r.resolved), 0) as resolved
				from opinion_rollup r where %s group by 1 order by 1""".formatted(where.sql()))
			.params(where.params())
			.query(Month.class)
			.list();
	}

	/**
	 * Per direct division of the region, from the rollup, in the order of their codes.
	 */
	public List<Division> divisions(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition where = rolledUp(user, regionCode, from, to);
		return this.jdbc.sql("""
				select d.code as region_code, d.name, coalesce(sum(r.collected), 0) as collected,
				       coalesce(sum(r.closed), 0) as closed, coalesce(sum(r.resolved), 0) as resolved
				from region_view d
				join region_view below on below.path like d.path || '%%'
				left join opinion_rollup r on r.region_code = below.code and %s
				where d.parent_code = :regionCode
				group by d.code, d.name order by d.code""".formatted(where.sql()))
			.params(where.params())
			.query(Division.class)
			.list();
	}

	/** Per category, counted from the cases of the region and period. */
	public List<Category> categories(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition where = cases(user, regionCode, from, to);
		return this.jdbc.sql("""
				select c.id as category_id, c.name, count(*) as collected
				from opinion o join opinion_category c on c.id = o.category_id
				where %s group by c.id, c.name order by collected desc, c.id""".formatted(where.sql()))
			.params(where.params())
			.query(Category.class)
			.list();
	}

	/** Per lead agency of the closed or rated cases, counted from the cases. */
	public List<Agency> agencies(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition where = cases(user, regionCode, from, to);
		return this.jdbc
			.sql("""
					select a.id as agency_id, a.name, count(*) filter (where %s) as closed,
					       count(*) filter (where %s) as closed_on_time, count(*) filter (where %s) as rated,
					       count(*) filter (where %s) as content
					from opinion o join agency_view a on a.id = o.lead_agency_id
					where %s and (%s or %s)
					group by a.id, a.name order by a.name, a.id""".formatted(Figure.CLOSED.condition(),
					Figure.CLOSED_ON_TIME.condition(), Figure.RATED.condition(), Figure.CONTENT.condition(),
					where.sql(), Figure.CLOSED.condition(), Figure.RATED.condition()))
			.params(where.params())
			.query(Agency.class)
			.list();
	}

	private static SqlCondition rolledUp(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		SqlCondition scope = user.scope().restrict("r.region_code", null, null);
		return period(scope, "r.region_code", "r.day", regionCode, from, to);
	}

	private static SqlCondition cases(CurrentUser user, String regionCode, LocalDate from, LocalDate to) {
		return period(OpinionScope.of(user), "o.region_code", "o.collected_on", regionCode, from, to);
	}

	private static SqlCondition period(SqlCondition scope, String region, String day, String regionCode, LocalDate from,
			LocalDate to) {
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("regionCode", regionCode);
		params.put("from", from);
		params.put("to", to);
		return new SqlCondition(scope.sql() + " and " + region + SUBTREE + " and " + day + " between :from and :to",
				params);
	}

}

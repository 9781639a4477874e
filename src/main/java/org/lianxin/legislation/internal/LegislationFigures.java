package org.lianxin.legislation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of legislative consultation for a region (and below) and a year, counted
 * from the records each time: consultations, drafts received, opinions gathered, merged
 * opinions reported upward and adopted; then per point and per informant, the opinions
 * they gave and how many of those went into a reported or an adopted one. The opinions
 * are read from their tally per consultation, point and informant
 * ({@code legislation_opinion_tally}, kept by the database after every change), not one
 * by one: a million opinions took seconds to count.
 */
@Service
public class LegislationFigures {

	/**
	 * The consultations counted: the user's scope, the region and below, the year
	 * received.
	 */
	private static final String COUNTED = """
			with counted as (
			    select c.id, c.current_version from legislation_consultation c
			    join region_view r on r.code = c.region_code
			    where %s
			      and (cast(:region as varchar) is null
			           or r.path like (select path from region_view where code = :region) || '%%')
			      and (cast(:year as integer) is null or extract(year from c.received_on) = :year))
			""";

	private final JdbcClient jdbc;

	LegislationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param reported merged opinions reported upward
	 * @param adopted merged opinions the legislature adopted (in full)
	 */
	public record Totals(long consultations, long drafts, long opinions, long reported, long adopted,
			long partlyAdopted) {
	}

	/** A point's or an informant's share. */
	public record Share(long id, String name, String pointName, long opinions, long reported, long adopted) {
	}

	public Totals totals(CurrentUser user, String region, Integer year) {
		return query(user, region, year, """
				select (select count(*) from counted) as consultations,
				       (select count(*) from counted where current_version > 0) as drafts,
				       (select coalesce(sum(t.opinions), 0) from legislation_opinion_tally t
				        where t.consultation_id in (select id from counted)) as opinions,
				       count(*) filter (where m.state in ('REPORTED', 'ANSWERED')) as reported,
				       count(*) filter (where m.outcome = 'ADOPTED') as adopted,
				       count(*) filter (where m.outcome = 'PARTLY_ADOPTED') as partly_adopted
				from legislation_merged_opinion m where m.consultation_id in (select id from counted)""")
			.query(Totals.class)
			.single();
	}

	/** Each point through which opinions came, most first. */
	public List<Share> perPoint(CurrentUser user, String region, Integer year) {
		return shares(user, region, year, "t.point_id", "v.name", "v.name");
	}

	/** Each informant who gave opinions, most first (at most 500). */
	public List<Share> perInformant(CurrentUser user, String region, Integer year) {
		return shares(user, region, year, "t.informant_id", "i.name", "v.name");
	}

	private List<Share> shares(CurrentUser user, String region, Integer year, String key, String name,
			String pointName) {
		return query(user, region, year, """
				select %s as id, %s as name, %s as point_name, sum(t.opinions)::bigint as opinions,
				       sum(t.reported)::bigint as reported, sum(t.adopted)::bigint as adopted
				from legislation_opinion_tally t join venue_view v on v.id = t.point_id
				left join legislation_informant i on i.id = t.informant_id
				where t.consultation_id in (select id from counted) and %s <> 0
				group by 1, 2, 3 order by opinions desc, id limit 500""".formatted(key, name, pointName, key))
			.query(Share.class)
			.list();
	}

	/**
	 * A query over the counted consultations ({@code counted}), for the records behind a
	 * figure too.
	 */
	JdbcClient.StatementSpec query(CurrentUser user, String region, Integer year, String select) {
		SqlCondition scope = user.scope().restrict("c.region_code", null, "c.created_by");
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("region", (region == null || region.isBlank()) ? null : region);
		params.put("year", year);
		return this.jdbc.sql(COUNTED.formatted(scope.sql()) + select).params(params);
	}

}

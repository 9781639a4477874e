package org.lianxin.legislation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of legislative consultation for a region (and below) and a year:
 * consultations, drafts received, opinions gathered, merged opinions reported upward and
 * adopted; then per point and per informant, the opinions they gave and how many of those
 * went into a reported or an adopted one. The opinions are read from their tally per
 * consultation and point ({@link LegislationTally}, kept in step with every save), an
 * informant's from the tally's entries of that informant, a page of informants at a time:
 * a million opinions took seconds to count one by one.
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
				       (select coalesce(sum(t.opinions), 0) from legislation_point_tally t
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
		return query(user, region, year, """
				select t.point_id as id, v.name, v.name as point_name, sum(t.opinions)::bigint as opinions,
				       sum(t.reported)::bigint as reported, sum(t.adopted)::bigint as adopted
				from legislation_point_tally t join venue_view v on v.id = t.point_id
				where t.consultation_id in (select id from counted) and t.opinions <> 0
				group by 1, 2, 3 order by opinions desc, id limit 500""").query(Share.class).list();
	}

	/**
	 * A page of the informants of the user's scope (and of the region) who gave opinions
	 * to the counted consultations, in the order they were enrolled; each one's share is
	 * added up from their own entries of the tally (an index range), so that a page costs
	 * the same however many opinions there are.
	 */
	public List<Share> perInformant(CurrentUser user, String region, Integer year, int offset, int limit) {
		SqlCondition informants = user.scope().restrict("i.region_code", null, "i.created_by");
		String ofRegion = (region == null || region.isBlank()) ? "" : """
				and i.region_code in (select code from region_view
				    where path like (select path from region_view where code = :region) || '%')""";
		return query(user, region, year, """
				select i.id, i.name, v.name as point_name, s.opinions, s.reported, s.adopted
				from legislation_informant i join venue_view v on v.id = i.point_id
				cross join lateral (
				    select count(*) as opinions, coalesce(sum((e.counts >> 1) & 1), 0)::bigint as reported,
				           coalesce(sum((e.counts >> 2) & 1), 0)::bigint as adopted
				    from legislation_tally_entry e
				    where e.informant_id = i.id and e.informant_id <> 0
				      and e.consultation_id in (select id from counted)) s
				where s.opinions > 0 and %s %s
				order by i.id offset :offset limit :limit""".formatted(informants.sql(), ofRegion))
			.params(informants.params())
			.param("offset", offset)
			.param("limit", limit)
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

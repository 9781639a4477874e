package org.lianxin.deputy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.web.LikePattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deputies by filters, within the user's data scope: a page for the screens, or all of
 * them for exports, batch prints, reports and evaluations.
 */
@Service
public class DeputyList {

	private static final String FILLED_FIELDS = """
			((d.gender is not null)::int + (coalesce(d.ethnicity, '') <> '')::int + (d.birth_year is not null)::int
			 + (coalesce(d.party, '') <> '')::int + (coalesce(d.occupation, '') <> '')::int
			 + (coalesce(d.employer, '') <> '')::int + (d.phone_cipher is not null)::int + (coalesce(d.bio, '') <> '')::int
			 + (d.photo_key is not null)::int)""";

	private final JdbcClient jdbc;

	DeputyList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of deputies within the user's scope, by the given filters, plus whether
	 * more follow.
	 */
	public record Page(List<DeputyRow> rows, boolean hasNext) {
	}

	/**
	 * Every deputy the query finds, page after page, for exports and batch prints that
	 * must not stop at one page.
	 */
	public List<DeputyRow> listAll(CurrentUser user, DeputyQuery query) {
		List<DeputyRow> all = new ArrayList<>();
		// page after page by id, not by offset: the last page costs what the first does
		for (long after = 0;;) {
			List<DeputyRow> rows = select(user, query, after, DeputyQuery.MAX_SIZE, 0);
			all.addAll(rows);
			if (rows.size() < DeputyQuery.MAX_SIZE) {
				return all;
			}
			after = rows.get(rows.size() - 1).id();
		}
	}

	/** Every serving deputy the user reaches: whom a form lets them name. */
	public List<DeputyRow> serving(CurrentUser user) {
		return listAll(user, new DeputyQuery(null, null, true, "", "", 0, DeputyQuery.MAX_SIZE));
	}

	public Page list(CurrentUser user, DeputyQuery query) {
		List<DeputyRow> rows = select(user, query, null, query.size() + 1, (long) query.page() * query.size());
		boolean hasNext = rows.size() > query.size();
		return new Page(hasNext ? rows.subList(0, query.size()) : rows, hasNext);
	}

	/** The deputies the query finds, by id: after the given id, or from the offset. */
	private List<DeputyRow> select(CurrentUser user, DeputyQuery query, Long afterId, int limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		StringJoiner seat = new StringJoiner(" and ");
		SqlCondition scope = DeputyScope.of(user, "sm.region_code");
		seat.add(scope.sql());
		params.putAll(scope.params());
		if (query.regionCode() != null) {
			seat.add("sr.path like (select path from region_view where code = :regionCode) || '%'");
			params.put("regionCode", query.regionCode());
		}
		if (query.level() != null) {
			seat.add("sr.level = :level");
			params.put("level", query.level().name());
		}
		StringJoiner where = new StringJoiner(" and ", " where ", "");
		where.add("exists (select 1 from deputy_membership sm join region_view sr on sr.code = sm.region_code"
				+ " where sm.deputy_id = d.id and " + seat + ")");
		if (query.serving() != null) {
			where.add((query.serving() ? "" : "not ")
					+ "exists (select 1 from deputy_membership om where om.deputy_id = d.id and om.ended_on is null)");
		}
		if (!query.text().isEmpty()) {
			where.add("d.name like :text");
			params.put("text", LikePattern.containing(query.text()));
		}
		if (afterId != null) {
			where.add("d.id > :after");
			params.put("after", afterId);
		}
		if (!query.group().isEmpty()) {
			where.add("""
					exists (select 1 from deputy_membership gm join deputy_group g on g.id = gm.group_id
					        where gm.deputy_id = d.id and g.name like :group)""");
			params.put("group", LikePattern.containing(query.group()));
		}
		return this.jdbc
			.sql("""
					select d.id, d.name, d.gender, d.phone_masked,
					       (select string_agg(c.name, '、' order by c.region_code) from deputy_membership m
					        join congress_view c on c.id = m.congress_id where m.deputy_id = d.id and m.ended_on is null) as seats,
					       (select string_agg(distinct g.name, '、') from deputy_membership m
					        join deputy_group g on g.id = m.group_id where m.deputy_id = d.id and m.ended_on is null) as groups,
					       exists (select 1 from deputy_membership m where m.deputy_id = d.id and m.ended_on is null) as serving,
					       %s as filled_fields
					from deputy d %s order by d.id limit :limit offset :offset"""
				.formatted(FILLED_FIELDS, where))
			.params(params)
			.param("limit", limit)
			.param("offset", offset)
			.query(DeputyRow.class)
			.list();
	}

}

package org.lianxin.suggestion.internal;

import java.util.Collection;
import java.util.List;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deputies found by name among those serving in one congress, as the deputy module
 * publishes them ({@code deputy_view}, {@code deputy_seat_view}): the co-signer picker
 * and the import name deputies, not ids. Names are public; nothing else is read.
 */
@Component
public class CongressDeputies {

	/** A serving deputy; the seat's region tells two of the same name apart. */
	public record Named(long id, String name, String regionName) {
	}

	/** A congress the user's scope covers. */
	public record Congress(long id, String name) {
	}

	private final JdbcClient jdbc;

	private final SuggestionSeats seats;

	CongressDeputies(JdbcClient jdbc, SuggestionSeats seats) {
		this.jdbc = jdbc;
		this.seats = seats;
	}

	/**
	 * Deputies who may co-sign the deputy's suggestion: serving in a congress the deputy
	 * serves in, the deputy left out.
	 */
	public List<Named> coSignersFor(long deputyId, String name, int limit) {
		return named(this.seats.congressesOf(deputyId), name, limit + 1).stream()
			.filter(found -> found.id() != deputyId)
			.limit(limit)
			.toList();
	}

	/**
	 * Serving deputies of the congresses whose name holds the text, at most
	 * {@code limit}.
	 */
	public List<Named> named(Collection<Long> congressIds, String text, int limit) {
		String part = (text == null) ? "" : text.strip();
		if (part.isEmpty() || congressIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct d.id, d.name, r.name as region_name from deputy_view d
				join deputy_seat_view s on s.deputy_id = d.id and s.ended_on is null
				left join region_view r on r.code = s.region_code
				where s.congress_id in (:congresses) and position(:part in d.name) > 0
				order by d.name, d.id limit :limit""")
			.param("congresses", congressIds)
			.param("part", part)
			.param("limit", limit)
			.query(Named.class)
			.list();
	}

	/** The deputies of these ids, with a region they serve for. */
	public List<Named> byIds(Collection<Long> deputyIds) {
		if (deputyIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select d.id, d.name, (select r.name from deputy_seat_view s join region_view r on r.code = s.region_code
				                      where s.deputy_id = d.id and s.ended_on is null limit 1) as region_name
				from deputy_view d where d.id in (:ids) order by d.name, d.id""")
			.param("ids", deputyIds)
			.query(Named.class)
			.list();
	}

	/**
	 * The serving deputies of the congress with exactly this name (two share one rarely).
	 */
	List<Long> withName(long congressId, String name) {
		return this.jdbc.sql("""
				select distinct d.id from deputy_view d
				join deputy_seat_view s on s.deputy_id = d.id and s.ended_on is null
				where s.congress_id = :congress and d.name = :name""")
			.param("congress", congressId)
			.param("name", name.strip())
			.query(Long.class)
			.list();
	}

	/** The congresses of the user's regions, newest term first. */
	public List<Congress> congresses(CurrentUser user) {
		SqlCondition scope = user.scope().restrict("c.region_code", null, null);
		return this.jdbc
			.sql("select c.id, c.name from congress_view c where " + scope.sql()
					+ " order by c.term_start desc, c.id desc")
			.params(scope.params())
			.query(Congress.class)
			.list();
	}

}

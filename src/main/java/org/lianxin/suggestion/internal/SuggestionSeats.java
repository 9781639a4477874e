package org.lianxin.suggestion.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sits in which congress, as the deputy and region modules publish it: a suggestion
 * belongs to a congress its deputies serve in.
 */
@Component
class SuggestionSeats {

	private final JdbcClient jdbc;

	SuggestionSeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The congresses the deputy serves in now. */
	List<Long> congressesOf(long deputyId) {
		return this.jdbc
			.sql("select distinct congress_id from deputy_seat_view where deputy_id = ? and ended_on is null")
			.param(deputyId)
			.query(Long.class)
			.list();
	}

	boolean allServeIn(long congressId, Collection<Long> deputyIds) {
		if (deputyIds.isEmpty()) {
			return true;
		}
		long serving = this.jdbc.sql("""
				select count(distinct deputy_id) from deputy_seat_view
				where congress_id = :congress and deputy_id in (:deputies) and ended_on is null""")
			.param("congress", congressId)
			.param("deputies", deputyIds)
			.query(Long.class)
			.single();
		return serving == deputyIds.size();
	}

	Optional<String> regionOf(long congressId) {
		return this.jdbc.sql("select region_code from congress_view where id = ?")
			.param(congressId)
			.query(String.class)
			.optional();
	}

	/** The deputy groups the deputy serves in now. */
	List<JointGroup> groupsOf(long deputy) {
		return this.jdbc.sql("""
				select g.id, g.name, g.congress_id from deputy_group_view g
				join deputy_seat_view s on s.group_id = g.id and s.deputy_id = ? and s.ended_on is null
				order by g.name, g.id""").param(deputy).query(JointGroup.class).list();
	}

	/** The deputies serving in the group now. */
	Set<Long> membersOf(long groupId) {
		return new LinkedHashSet<>(this.jdbc
			.sql("select deputy_id from deputy_seat_view where group_id = ? and ended_on is null order by deputy_id")
			.param(groupId)
			.query(Long.class)
			.list());
	}

	/** The suggestion drafted from an opinion case, if one was. */
	Optional<Long> draftOf(long opinionId) {
		return this.jdbc.sql("select id from suggestion where origin_opinion_id = ?")
			.param(opinionId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Of the congresses a deputy serves in, the one of the case's region or the nearest
	 * above it (a district deputy's suggestion goes to the district's congress).
	 */
	long nearest(List<Long> congresses, String regionCode) {
		return this.jdbc.sql("""
				select c.id from congress_view c join region_view r on r.code = c.region_code
				where c.id in (:congresses)
				order by (select rr.path from region_view rr where rr.code = :region) like r.path || '%' desc,
				         length(r.path) desc
				limit 1""").param("congresses", congresses).param("region", regionCode).query(Long.class).single();
	}

}

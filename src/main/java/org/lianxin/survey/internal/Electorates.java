package org.lianxin.survey.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may vote in a survey, from the deputy module's published seats: the deputies
 * serving in its congress (or in one group of it) now.
 */
@Component
public class Electorates {

	private static final String SERVING = """
			from deputy_seat_view s
			where s.congress_id = :congress and s.ended_on is null
			  and (cast(:group as bigint) is null or s.group_id = :group)""";

	private final JdbcClient jdbc;

	Electorates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean includes(Survey survey, long deputyId) {
		return this.jdbc.sql("select count(*) " + SERVING + " and s.deputy_id = :deputy")
			.param("congress", survey.congressId())
			.param("group", survey.groupId())
			.param("deputy", deputyId)
			.query(Long.class)
			.single() > 0;
	}

	/** A deputy who may vote, to hand a paper ballot to. */
	public record Member(long deputyId, String name) {
	}

	List<Member> members(Survey survey) {
		return this.jdbc
			.sql("select distinct s.deputy_id, d.name from deputy_view d join deputy_seat_view s on s.deputy_id = d.id"
					+ SERVING.substring(SERVING.indexOf("\n")) + " order by d.name")
			.param("congress", survey.congressId())
			.param("group", survey.groupId())
			.query(Member.class)
			.list();
	}

	/** How many may vote, for the turnout. */
	long size(Survey survey) {
		return this.jdbc.sql("select count(distinct s.deputy_id) " + SERVING)
			.param("congress", survey.congressId())
			.param("group", survey.groupId())
			.query(Long.class)
			.single();
	}

}

package org.lianxin.survey.internal;

import java.util.List;

import org.lianxin.survey.Electorate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may vote in a survey, from the deputy module's published seats: the deputies
 * serving in its congress now, in one group of it, or those of them recorded present at
 * the meeting. A public survey has no deputies' electorate: anyone votes once by phone.
 */
@Component
public class Electorates {

	private static final String SERVING = """
			from deputy_seat_view s
			where s.congress_id = :congress and s.ended_on is null
			  and (cast(:group as bigint) is null or s.group_id = :group)
			  and (not cast(:meeting as boolean)
			       or exists (select 1 from survey_attendee a where a.survey_id = :survey and a.deputy_id = s.deputy_id))
			  and not cast(:public as boolean)""";

	private final JdbcClient jdbc;

	Electorates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean includes(Survey survey, long deputyId) {
		return serving(survey, "select count(*) " + SERVING + " and s.deputy_id = :deputy").param("deputy", deputyId)
			.query(Long.class)
			.single() > 0;
	}

	/** A deputy who may vote, to hand a paper ballot to. */
	public record Member(long deputyId, String name) {
	}

	List<Member> members(Survey survey) {
		return serving(survey,
				"select distinct s.deputy_id, d.name from deputy_view d join deputy_seat_view s on s.deputy_id = d.id"
						+ SERVING.substring(SERVING.indexOf("\n")) + " order by d.name")
			.query(Member.class)
			.list();
	}

	/**
	 * How many may vote, for the turnout; for a public survey, those who did (anyone
	 * could, so there is no turnout to speak of).
	 */
	long size(Survey survey) {
		if (survey.electorate() == Electorate.PUBLIC) {
			return this.jdbc.sql("select count(*) from survey_voter where survey_id = ?")
				.param(survey.id())
				.query(Long.class)
				.single();
		}
		return serving(survey, "select count(distinct s.deputy_id) " + SERVING).query(Long.class).single();
	}

	/** The deputies of the survey's congress who may be recorded present. */
	boolean serves(Survey survey, long deputyId) {
		return this.jdbc
			.sql("select count(*) from deputy_seat_view where congress_id = ? and ended_on is null and deputy_id = ?")
			.params(survey.congressId(), deputyId)
			.query(Long.class)
			.single() > 0;
	}

	/** The serving deputies of the survey's congress, to record who is present. */
	List<Member> congress(Survey survey) {
		return this.jdbc.sql("""
				select distinct s.deputy_id, d.name from deputy_view d join deputy_seat_view s on s.deputy_id = d.id
				where s.congress_id = ? and s.ended_on is null order by d.name""")
			.param(survey.congressId())
			.query(Member.class)
			.list();
	}

	private JdbcClient.StatementSpec serving(Survey survey, String sql) {
		return this.jdbc.sql(sql)
			.param("congress", survey.congressId())
			.param("group", survey.groupId())
			.param("survey", survey.id())
			.param("meeting", survey.electorate() == Electorate.MEETING)
			.param("public", survey.electorate() == Electorate.PUBLIC);
	}

}

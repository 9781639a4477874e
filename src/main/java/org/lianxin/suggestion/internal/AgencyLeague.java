package org.lianxin.suggestion.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.platform.statistics.Percentages;
import org.lianxin.workday.WorkdayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The agencies' league table (承办单位办理情况): per agency, the suggestions it leads and
 * co-handles, how many of those it led were closed on time, and the lead deputies'
 * satisfaction with its handling and with the result, by the same definitions as the
 * figures (the lead deputy's verdict on the latest round; content = no 不满意). Added up
 * from the tally where it can answer the filter ({@link TallyWhere}), else counted over
 * the suggestions.
 */
@Service
public class AgencyLeague {

	/**
	 * The table added up from the tally: lead rows carry the counts, co rows how many.
	 */
	private static final String TALLIED = """
			select t.agency_id, (select a.name from agency_view a where a.id = t.agency_id) as name,
			       coalesce(sum(t.suggestions) filter (where t.lead), 0) as led,
			       coalesce(sum(t.suggestions) filter (where not t.lead), 0) as co_handled,
			       coalesce(sum(t.closed) filter (where t.lead), 0) as closed,
			       coalesce(sum(t.closed_on_time) filter (where t.lead), 0) as closed_on_time,
			       coalesce(sum(t.rated) filter (where t.lead), 0) as rated,
			       coalesce(sum(t.handling_content) filter (where t.lead), 0) as handling_content,
			       coalesce(sum(t.result_content) filter (where t.lead), 0) as result_content
			from suggestion_tally t where t.agency_id <> 0 and %s
			group by t.agency_id having sum(t.suggestions) > 0
			order by led desc, co_handled desc, t.agency_id""";

	private final JdbcClient jdbc;

	private final WorkdayCalendar calendar;

	AgencyLeague(JdbcClient jdbc, WorkdayCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** One agency's line, with its rates ({@code null} over zero). */
	public record Line(long agencyId, String name, long led, long coHandled, long closed, long closedOnTime, long rated,
			long handlingContent, long resultContent) {

		public BigDecimal onTimeRate() {
			return Percentages.of(this.closedOnTime, this.closed);
		}

		public BigDecimal handlingSatisfaction() {
			return Percentages.of(this.handlingContent, this.rated);
		}

		public BigDecimal resultSatisfaction() {
			return Percentages.of(this.resultContent, this.rated);
		}

	}

	public List<Line> table(CurrentUser user, SuggestionFilter filter) {
		Optional<SqlCondition> tallied = TallyWhere.of(user, filter);
		if (tallied.isPresent()) {
			return this.jdbc.sql(TALLIED.formatted(tallied.get().sql()))
				.params(tallied.get().params())
				.query(Line.class)
				.list();
		}
		SqlCondition where = SuggestionConditions.of(user, filter, this.calendar.today());
		return this.jdbc
			.sql("""
					select x.agency_id, (select a.name from agency_view a where a.id = x.agency_id) as name,
					       count(*) filter (where x.lead) as led, count(*) filter (where not x.lead) as co_handled,
					       count(*) filter (where x.lead and s.status = 'CLOSED') as closed,
					       count(*) filter (where x.lead and s.status = 'CLOSED' and s.replied_on_time) as closed_on_time,
					       count(r.deputy_id) filter (where x.lead) as rated,
					       count(*) filter (where x.lead and r.handling <> 'UNSATISFIED') as handling_content,
					       count(*) filter (where x.lead and r.result <> 'UNSATISFIED') as result_content
					from suggestion s
					join lateral (select s.lead_agency_id as agency_id, true as lead where s.lead_agency_id is not null
					              union all
					              select c.agency_id, false from suggestion_co_agency c where c.suggestion_id = s.id) x on true
					left join suggestion_rating r on r.suggestion_id = s.id and r.deputy_id = s.lead_deputy_id
					                              and r.handling_round = s.handling_round
					where\s"""
					+ where.sql() + """

							group by x.agency_id
							order by led desc, co_handled desc, x.agency_id""")
			.params(where.params())
			.query(Line.class)
			.list();
	}

}

package org.lianxin.suggestion.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The suggestions' stage clocks under supervision: signing for an assignment (5 working
 * days) and the reply (3 months, or as extended; 2 months when re-handled). A stage's
 * clock is its status and due day; a step to another status starts another clock.
 */
@Component
class SuggestionClocks implements SupervisedClocks {

	static final String SUBJECT = "SUGGESTION";

	private final JdbcClient jdbc;

	private final SuggestionRepository repository;

	SuggestionClocks(JdbcClient jdbc, SuggestionRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, status, stage_due_on, region_code, lead_agency_id, escalation_level from suggestion
				where stage_due_on is not null and stage_due_on <= ? and id > ?
				  and status in ('ASSIGNED', 'IN_PROGRESS')
				order by id limit ?""")
			.params(by, afterId, limit)
			.query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), (Long) rs.getObject(5), rs.getInt(6)))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		Suggestion suggestion = this.repository.findById(clock.subjectId()).orElse(null);
		if (suggestion == null || !suggestion.supervise(clock.stage(), clock.dueOn(), level, workingDaysOverdue)) {
			return false;
		}
		this.repository.save(suggestion);
		return true;
	}

	@Override
	public String pathOf(long subjectId) {
		return "/suggestions/" + subjectId;
	}

}

package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue items' deadlines under supervision (督办), watched like overdue opinions: the
 * unit's rectification (stages {@code ASSIGNED} and {@code SENT_BACK}), the office's
 * check ({@code REPORTED}) and the follow-up visit ({@code CLOSED}).
 */
@Component
class IssueItemClocks implements SupervisedClocks {

	static final String SUBJECT = "ISSUE_ITEM";

	private final JdbcClient jdbc;

	private final IssueItemRepository repository;

	IssueItemClocks(JdbcClient jdbc, IssueItemRepository repository) {
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
				select id, state, clock_due_on, region_code,
				       case when state in ('ASSIGNED', 'SENT_BACK') then agency_id end as agency_id, level
				from oversight_issue_item
				where clock_due_on is not null and clock_due_on <= ? and id > ?
				order by id limit ?""")
			.params(by, afterId, limit)
			.query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), (Long) rs.getObject(5), rs.getInt(6)))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		return SupervisedClocks.escalateAndSave(this.repository, clock.subjectId(),
				item -> item.escalate(clock, level, workingDaysOverdue));
	}

	@Override
	public String pathOf(long subjectId) {
		return "/oversight/items/" + subjectId;
	}

}

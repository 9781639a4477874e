package org.lianxin.oversight.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deliberation opinions under supervision (督办): while sent, the addressed unit's receipt;
 * once received, the earliest unanswered item, its unit the one to act. The level reached
 * counts only for the deadline it was reached on.
 */
@Component
class DeliberationClocks implements SupervisedClocks {

	static final String SUBJECT = "DELIBERATION";

	private final JdbcClient jdbc;

	private final DeliberationOpinionRepository repository;

	DeliberationClocks(JdbcClient jdbc, DeliberationOpinionRepository repository) {
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
				select c.id, c.state, c.due_on, c.region_code, c.agency_id,
				       case when c.level_due_on = c.due_on then c.level else 0 end as level
				from (select d.id, d.state, d.region_code, d.level, d.level_due_on,
				             case when d.state = 'SENT' then d.receipt_due_on else first.due_on end as due_on,
				             case when d.state = 'SENT' then d.agency_id else first.agency_id end as agency_id
				      from deliberation_opinion d
				      left join lateral (select i.due_on, i.agency_id from deliberation_opinion_item i
				                         where i.opinion_id = d.id and i.answer is null
				                         order by i.due_on, i.position limit 1) first on true
				      where d.state in ('SENT', 'RECEIVED') and d.id > ?) c
				where c.due_on <= ?
				order by c.id limit ?""")
			.params(afterId, by, limit)
			.query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5), rs.getInt(6)))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		return SupervisedClocks.escalateAndSave(this.repository, clock.subjectId(),
				opinion -> opinion.escalate(clock, level, workingDaysOverdue));
	}

	@Override
	public String pathOf(long subjectId) {
		return "/oversight/deliberations/" + subjectId;
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return SupervisedClocks.labelsBy(this.jdbc,
				"select id, coalesce(letter_number, title) from deliberation_opinion where id in (:ids)", subjectIds);
	}

}

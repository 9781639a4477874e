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
 * The court's replies to a discussion's opinions under supervision (督办): one clock per
 * hearing, due on the earliest deadline of an opinion still unanswered, the court the one
 * to act. It stops when the last opinion is answered.
 */
@Component
class CourtReplyClocks implements SupervisedClocks {

	static final String SUBJECT = "COURT_REPLY";

	private final JdbcClient jdbc;

	private final CourtHearingRepository repository;

	CourtReplyClocks(JdbcClient jdbc, CourtHearingRepository repository) {
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
				select h.id, h.state, min(o.due_on) as due_on, h.region_code, h.court_id, h.reply_level
				from court_hearing h join court_hearing_opinion o on o.hearing_id = h.id
				where h.state = 'DISCUSSED' and o.reply is null and o.due_on is not null and h.id > ?
				group by h.id having min(o.due_on) <= ?
				order by h.id limit ?""")
			.params(afterId, by, limit)
			.query((rs, n) -> new Clock(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getLong(5), rs.getInt(6)))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		return SupervisedClocks.escalateAndSave(this.repository, clock.subjectId(),
				hearing -> hearing.escalateReplies(clock, level, workingDaysOverdue));
	}

	@Override
	public String pathOf(long subjectId) {
		return "/court-observations/" + subjectId;
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return SupervisedClocks.labelsBy(this.jdbc, "select id, case_title from court_hearing where id in (:ids)",
				subjectIds);
	}

}

package org.lianxin.legislation.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A consultation's one clock for the supervision watch: the day the answer upward is due,
 * running from its receipt until it is reported, addressed to the office of its region.
 * The clock has one stage ({@value #STAGE}) whatever step the consultation is at, because
 * publishing or closing the gathering does not move the deadline.
 */
@Component
class ConsultationClocks implements SupervisedClocks {

	static final String SUBJECT = "CONSULTATION";

	static final String STAGE = "ANSWER_DUE";

	private final ConsultationRepository consultations;

	private final JdbcClient jdbc;

	ConsultationClocks(ConsultationRepository consultations, JdbcClient jdbc) {
		this.consultations = consultations;
		this.jdbc = jdbc;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select id, answer_due_on, region_code, supervision_level from legislation_consultation
				where answer_due_on <= :by and stage in ('RECEIVED', 'GATHERING', 'MERGING') and id > :after
				order by id limit :limit""")
			.param("by", by)
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, i) -> new Clock(rs.getLong("id"), STAGE, rs.getObject("answer_due_on", LocalDate.class),
					rs.getString("region_code"), null, rs.getInt("supervision_level")))
			.list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		return SupervisedClocks.escalateAndSave(this.consultations, clock.subjectId(),
				consultation -> consultation.escalate(clock.dueOn(), level, workingDaysOverdue));
	}

	@Override
	public String pathOf(long subjectId) {
		return "/legislation/consultations/" + subjectId;
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return SupervisedClocks.labelsBy(this.jdbc, "select id, title from legislation_consultation where id in (:ids)",
				subjectIds);
	}

}

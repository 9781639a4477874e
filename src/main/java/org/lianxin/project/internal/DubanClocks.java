package org.lianxin.project.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lianxin.supervision.Clock;
import org.lianxin.supervision.SupervisedClocks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Unanswered 督办 of projects as clocks of the supervision watch: the agency's deadline,
 * reminded before it and escalated after it until the agency answers.
 */
@Component
class DubanClocks implements SupervisedClocks {

	static final String SUBJECT = "PROJECT_DUBAN";

	private final JdbcClient jdbc;

	private final ProjectDubanRepository dubans;

	DubanClocks(JdbcClient jdbc, ProjectDubanRepository dubans) {
		this.jdbc = jdbc;
		this.dubans = dubans;
	}

	@Override
	public String subject() {
		return SUBJECT;
	}

	@Override
	public List<Clock> dueBy(LocalDate by, long afterId, int limit) {
		return this.jdbc.sql("""
				select id as subject_id, state as stage, due_on, region_code, agency_id, level
				from project_duban where state = 'ISSUED' and due_on <= ? and id > ?
				order by id limit ?""").params(by, afterId, limit).query(Clock.class).list();
	}

	@Override
	public boolean escalate(Clock clock, int level, int workingDaysOverdue) {
		return SupervisedClocks.escalateAndSave(this.dubans, clock.subjectId(), duban -> duban.escalate(clock, level));
	}

	@Override
	public String pathOf(long subjectId) {
		return this.dubans.findById(subjectId)
			.map(d -> "/projects/" + d.projectId() + "/supervision")
			.orElse("/projects");
	}

	@Override
	public Map<Long, String> labelsOf(Collection<Long> subjectIds) {
		return SupervisedClocks.labelsBy(this.jdbc,
				"select d.id, p.title from project_duban d join project p on p.id = d.project_id where d.id in (:ids)",
				subjectIds);
	}

}

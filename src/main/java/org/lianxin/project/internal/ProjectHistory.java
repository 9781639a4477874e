package org.lianxin.project.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only, hash-chained history of projects: a row per step, in the transaction
 * that saves the project.
 */
@Component
class ProjectHistory {

	private final JdbcClient jdbc;

	ProjectHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(Project.Stepped step) {
		String detail = (step.detail() != null && step.detail().length() > 500) ? step.detail().substring(0, 500)
				: step.detail();
		this.jdbc.sql("insert into project_history (project_id, step, detail, changed_by) values (?, ?, ?, ?)")
			.params(step.project().id(), step.step(), detail, step.by())
			.update();
	}

	/** A step of the project's supervision, in the same chain. */
	@EventListener
	void on(SupervisionStep step) {
		this.jdbc.sql("insert into project_history (project_id, step, detail, changed_by) values (?, ?, ?, ?)")
			.params(step.projectId(), step.step(), step.detail(), step.by())
			.update();
	}

}

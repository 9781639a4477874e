package org.lianxin.duty.internal;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.project.SiteVisitRecorded;
import org.lianxin.project.SupervisionGroupJoined;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Following a livelihood project is a duty done: joining its supervision group, and each
 * site visit (实地察看), one record per deputy, whatever retries the event sees.
 */
@Component
class ProjectSupervisionAsDutyRecords {

	private static final Logger logger = LoggerFactory.getLogger(ProjectSupervisionAsDutyRecords.class);

	private final DutyRecordEntry records;

	ProjectSupervisionAsDutyRecords(DutyRecordEntry records) {
		this.records = records;
	}

	@ApplicationModuleListener
	void on(SiteVisitRecorded visit) {
		record("project-visit:" + visit.visitId(), visit.visitedOn(), visit.place(),
				"民生实事项目实地察看：" + visit.projectTitle(), visit.deputyIds());
	}

	@ApplicationModuleListener
	void on(SupervisionGroupJoined joined) {
		record("project-group:" + joined.projectId(), joined.joinedOn(), null, "参加民生实事项目监督小组：" + joined.projectTitle(),
				joined.deputyIds());
	}

	private void record(String event, LocalDate day, String place, String title, List<Long> deputyIds) {
		for (long deputy : deputyIds) {
			String source = event + ":" + deputy;
			try {
				this.records.createFromEvent(deputy,
						new NewDutyRecord("INSPECTION", day, place, title, null, List.of(), List.of(), source));
			}
			catch (RuleViolationException ex) {
				logger.info("No duty record for deputy {} of {}: {}", deputy, source, ex.messageKey());
			}
		}
	}

}

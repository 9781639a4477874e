package org.lianxin.project.internal;

import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.account.DataScope;
import org.lianxin.account.DataScopeKind;
import org.lianxin.agency.AgencyManagement;
import org.lianxin.agency.AgencyView;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.supervision.NoticeIssued;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Words the watch's notices about a missing monthly report to the project's lead agency:
 * 催报 before the month's end, 督办 (with its level) after; and those about an unanswered 督办
 * of a project to the agency it went to, in the same way.
 */
@Component
class ProjectReportMessages {

	private static final Locale AGENCIES = Locale.SIMPLIFIED_CHINESE;

	private static final CurrentUser EVERYWHERE = CurrentUser
		.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));

	private final ProjectRepository projects;

	private final ProjectDubanRepository dubans;

	private final AgencyManagement agencies;

	private final Notifications notifications;

	private final MessageSource messages;

	ProjectReportMessages(ProjectRepository projects, ProjectDubanRepository dubans, AgencyManagement agencies,
			Notifications notifications, MessageSource messages) {
		this.projects = projects;
		this.dubans = dubans;
		this.agencies = agencies;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		boolean report = ProjectReportClocks.SUBJECT.equals(notice.subject());
		if (!report && !DubanClocks.SUBJECT.equals(notice.subject())) {
			return;
		}
		Project project = (report ? java.util.Optional.of(notice.subjectId())
				: this.dubans.findById(notice.subjectId()).map(ProjectDuban::projectId))
			.flatMap(this.projects::findById)
			.orElse(null);
		if (project == null) {
			return;
		}
		String prefix = report ? "project.report.message." : "project.duban.message.";
		AgencyView agency = (notice.agencyId() != null) ? this.agencies.find(EVERYWHERE, notice.agencyId()).orElse(null)
				: null;
		Recipient to = (agency != null) ? new Recipient(agency.name(), agency.contactPhone(), null)
				: new Recipient(this.messages.getMessage("project.report.message.office", null, AGENCIES), null, null);
		String text = this.messages.getMessage(prefix + notice.kind().name().toLowerCase(Locale.ROOT),
				new Object[] { project.title(), notice.dueOn().toString(), notice.level() }, AGENCIES);
		String subject = this.messages.getMessage(prefix + "subject", new Object[] { project.title() }, AGENCIES);
		this.notifications.send(
				new Message(to, subject, text, "project " + project.id(), text, "project notice " + notice.noticeId()));
	}

}

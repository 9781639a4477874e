package org.lianxin.oversight.internal;

import java.util.Locale;
import java.util.Map;

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
 * Words the watch's reminders and supervision notices on the oversight module's subjects
 * (issue items, the court's replies, deliberation opinions): to the acting unit's contact
 * phone while it must act, else to the region's office (through the channels that need no
 * address, such as the log). Each subject words its notices with its own message keys.
 */
@Component
class IssueItemNotices {

	/** Each subject's message keys, and how its messages name what they are about. */
	private record Wording(String keys, String about) {
	}

	private static final Map<String, Wording> WORDING = Map.of(IssueItemClocks.SUBJECT,
			new Wording("oversight.notice", "issue item"), CourtReplyClocks.SUBJECT,
			new Wording("court.notice", "court hearing"), DeliberationClocks.SUBJECT,
			new Wording("deliberation.notice", "deliberation opinion"));

	private static final Locale OFFICES = Locale.SIMPLIFIED_CHINESE;

	private static final CurrentUser EVERYWHERE = CurrentUser
		.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));

	private final AgencyManagement agencies;

	private final Notifications notifications;

	private final MessageSource messages;

	IssueItemNotices(AgencyManagement agencies, Notifications notifications, MessageSource messages) {
		this.agencies = agencies;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		Wording wording = WORDING.get(notice.subject());
		if (wording == null) {
			return;
		}
		AgencyView agency = (notice.agencyId() != null) ? this.agencies.find(EVERYWHERE, notice.agencyId()).orElse(null)
				: null;
		Recipient to = (agency != null) ? new Recipient(agency.name(), agency.contactPhone(), null)
				: new Recipient(this.messages.getMessage("oversight.notice.office", null, OFFICES), null, null);
		String text = this.messages.getMessage(wording.keys() + "." + notice.kind().name().toLowerCase(Locale.ROOT),
				new Object[] { notice.subjectId(), notice.dueOn().toString(), notice.level(), to.name() }, OFFICES);
		String subject = this.messages.getMessage(wording.keys() + ".subject", new Object[] { notice.subjectId() },
				OFFICES);
		// the notice's id makes the message one: the event delivered again sends nothing
		// new
		this.notifications.send(new Message(to, subject, text, wording.about() + " " + notice.subjectId(), text,
				wording.about() + " notice " + notice.noticeId()));
	}

}

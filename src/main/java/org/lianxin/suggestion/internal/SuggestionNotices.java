package org.lianxin.suggestion.internal;

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
import org.lianxin.supervision.NoticeKind;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Words the watch's reminders and supervision notices on suggestions and promised items
 * for the agency that must act (or the region's office), once per notice.
 */
@Component
class SuggestionNotices {

	private static final Locale AGENCIES = Locale.SIMPLIFIED_CHINESE;

	private static final CurrentUser EVERYWHERE = CurrentUser
		.system(new DataScope(DataScopeKind.ALL, 0, null, null, null));

	private final AgencyManagement agencies;

	private final Notifications notifications;

	private final MessageSource messages;

	SuggestionNotices(AgencyManagement agencies, Notifications notifications, MessageSource messages) {
		this.agencies = agencies;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(NoticeIssued notice) {
		if (!SuggestionClocks.SUBJECT.equals(notice.subject()) && !PromiseClocks.SUBJECT.equals(notice.subject())) {
			return;
		}
		Recipient to = recipientOf(notice);
		String what = notice.subject().toLowerCase(Locale.ROOT);
		String kind = (notice.kind() == NoticeKind.REMINDER) ? "reminder" : "supervision";
		String text = this.messages.getMessage("suggestion.notice." + what + "." + kind,
				new Object[] { notice.subjectId(), notice.dueOn().toString(), notice.level(), to.name() }, AGENCIES);
		String subject = this.messages.getMessage("suggestion.notice.subject", new Object[] { notice.subjectId() },
				AGENCIES);
		// the notice's id makes the message one: the event delivered again sends nothing
		// new
		this.notifications.send(new Message(to, subject, text, what + " " + notice.subjectId(), text,
				"suggestion notice " + notice.noticeId()));
	}

	private Recipient recipientOf(NoticeIssued notice) {
		if (notice.agencyId() != null) {
			AgencyView agency = this.agencies.find(EVERYWHERE, notice.agencyId()).orElse(null);
			if (agency != null) {
				return new Recipient(agency.name(), agency.contactPhone(), null);
			}
		}
		return new Recipient(notice.regionCode() + " 人大工作机构", null, null);
	}

}

package org.lianxin.legislation.internal;

import java.util.Locale;

import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.supervision.NoticeIssued;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Words the watch's reminders and supervision notices on a consultation's answer upward
 * for the office that owes it, through the notification channels (the office has no
 * contact of its own yet: the channels that need none, such as the log, take it).
 */
@Component
class ConsultationNotices {

	private static final Locale OFFICES = Locale.SIMPLIFIED_CHINESE;

	private final Notifications notifications;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	ConsultationNotices(Notifications notifications, MessageSource messages, JdbcClient jdbc) {
		this.notifications = notifications;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(condition = "#notice.subject() == '" + ConsultationClocks.SUBJECT + "'")
	void on(NoticeIssued notice) {
		String[] titleAndRegion = this.jdbc.sql("""
				select c.title, r.name from legislation_consultation c join region_view r on r.code = c.region_code
				where c.id = ?""")
			.param(notice.subjectId())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		String title = titleAndRegion[0];
		String office = titleAndRegion[1] + this.messages.getMessage("opinion.notice.office", null, OFFICES);
		String text = this.messages.getMessage("legislation.notice." + notice.kind().name().toLowerCase(Locale.ROOT),
				new Object[] { title, notice.dueOn().toString(), notice.level(), office }, OFFICES);
		String subject = this.messages.getMessage("legislation.notice.subject", new Object[] { title }, OFFICES);
		// the notice's id makes the message one: the event delivered again sends nothing
		// new
		this.notifications.send(new Message(new Recipient(office, null, null), subject, text,
				"consultation " + notice.subjectId(), text, "consultation notice " + notice.noticeId()));
	}

}

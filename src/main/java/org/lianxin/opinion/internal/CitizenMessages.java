package org.lianxin.opinion.internal;

import java.util.Locale;

import org.lianxin.account.PhoneNumbers;
import org.lianxin.account.ProtectedPhone;
import org.lianxin.notification.Message;
import org.lianxin.notification.Notifications;
import org.lianxin.notification.Recipient;
import org.lianxin.opinion.OpinionReceived;
import org.lianxin.opinion.internal.OpinionAction;
import org.lianxin.opinion.internal.OpinionStepTaken;
import org.lianxin.platform.publiccode.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen what happened to their case: received (with the tracking code),
 * answered (with the reply and a request to rate it), declined, merged, closed. Runs
 * after the step is committed; the event registry retries it if the application stops
 * first.
 */
@Component
class CitizenMessages {

	private static final Locale CITIZENS = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final PhoneNumbers phones;

	private final Notifications notifications;

	private final MessageSource messages;

	private final PublicUrls urls;

	CitizenMessages(JdbcClient jdbc, PhoneNumbers phones, Notifications notifications, MessageSource messages,
			PublicUrls urls) {
		this.jdbc = jdbc;
		this.phones = phones;
		this.notifications = notifications;
		this.messages = messages;
		this.urls = urls;
	}

	private record Contact(String trackingCode, String linkToken, String name, ProtectedPhone phone, String email) {
	}

	private record Step(long historyId, String note) {
	}

	@ApplicationModuleListener
	void on(OpinionReceived received) {
		send(received.opinionId(), "citizen.message.received", null, "opinion " + received.opinionId() + " received");
	}

	@ApplicationModuleListener
	void on(OpinionStepTaken step) {
		String key = switch (step.action()) {
			case FEEDBACK, ANSWER_DIRECTLY -> "citizen.message.answered";
			case DECLINE -> "citizen.message.declined";
			case MERGE -> "citizen.message.merged";
			case CLOSE -> "citizen.message.closed";
			default -> null;
		};
		if (key != null) {
			Step last = lastStep(step.opinionId(), step.action());
			// the step's history row makes the message one: the event delivered again
			// after a restart finds the same row and sends nothing new
			send(step.opinionId(), key, (last != null) ? last.note() : null,
					"opinion " + step.opinionId() + " step " + ((last != null) ? last.historyId() : step.action()));
		}
	}

	private void send(long opinionId, String key, String note, String messageKey) {
		Contact contact = this.jdbc
			.sql("""
					select tracking_code, link_token, citizen_name, phone_cipher, phone_hash, phone_last4, phone_masked, email
					from opinion where id = ?""")
			.param(opinionId)
			.query((rs,
					n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3),
							(rs.getString(4) != null) ? new ProtectedPhone(rs.getString(4), rs.getString(5),
									rs.getString(6), rs.getString(7)) : null,
							rs.getString(8)))
			.single();
		if (contact.phone() == null && contact.email() == null) {
			return; // an anonymous citizen follows the case by its link only
		}
		String phone = (contact.phone() != null) ? this.phones.reveal(contact.phone(), "opinion " + opinionId, "通知群众")
				: null;
		String link = this.urls.of("/track/" + contact.linkToken());
		Object[] arguments = { contact.trackingCode(), link, (note != null) ? excerpt(note) : "" };
		String text = this.messages.getMessage(key, arguments, CITIZENS);
		// the private link opens the case, and so does the tracking code with the phone's
		// last digits: only the citizen keeps them, not the log or the outbox
		arguments[0] = "****";
		arguments[1] = this.urls.of("/track");
		String record = this.messages.getMessage(key, arguments, CITIZENS);
		String subject = this.messages.getMessage("citizen.message.subject", new Object[] { contact.trackingCode() },
				CITIZENS);
		this.notifications.send(new Message(new Recipient(contact.name(), phone, contact.email()), subject, text,
				"opinion " + opinionId, record, messageKey));
	}

	private Step lastStep(long opinionId, OpinionAction action) {
		return this.jdbc.sql("""
				select id, note from opinion_history where opinion_id = ? and action = ? order by id desc limit 1""")
			.params(opinionId, action.name())
			.query((rs, n) -> new Step(rs.getLong("id"), rs.getString("note")))
			.optional()
			.orElse(null);
	}

	private static String excerpt(String note) {
		return (note.length() > 120) ? note.substring(0, 120) + "…" : note;
	}

}

package org.lianxin.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Sends a message through every enabled notifier that can reach the recipient and keeps a
 * line per attempt in the outbox (without the full phone number).
 */
@Service
public class Notifications {

	private static final Logger logger = LoggerFactory.getLogger(Notifications.class);

	private final List<Notifier> notifiers;

	private final JdbcClient jdbc;

	Notifications(List<Notifier> notifiers, JdbcClient jdbc) {
		this.notifiers = notifiers;
		this.jdbc = jdbc;
	}

	/**
	 * @return how many notifiers delivered it
	 */
	public int send(Message message) {
		int delivered = 0;
		for (Notifier notifier : this.notifiers) {
			if (!notifier.canReach(message.recipient())) {
				continue;
			}
			String error = null;
			try {
				notifier.send(message);
				delivered++;
			}
			catch (Exception ex) {
				error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				logger.warn("{} could not deliver a message about {}: {}", notifier.channel(), message.reference(),
						error);
			}
			this.jdbc.sql("""
					insert into notification_outbox (channel, recipient, reference, subject, text, status, error)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(notifier.channel(), masked(message.recipient()), message.reference(), message.subject(),
						message.record(), (error == null) ? "SENT" : "FAILED",
						(error != null && error.length() > 500) ? error.substring(0, 500) : error)
				.update();
		}
		return delivered;
	}

	private static String masked(Recipient recipient) {
		StringBuilder who = new StringBuilder();
		if (recipient.hasPhone()) {
			String phone = recipient.phone();
			who.append(
					phone.length() > 7 ? phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) : "****");
		}
		if (recipient.hasEmail()) {
			who.append((who.length() > 0) ? " " : "").append(recipient.email().replaceAll("^(.).*@", "$1***@"));
		}
		return (who.length() > 0) ? who.toString() : "—";
	}

}

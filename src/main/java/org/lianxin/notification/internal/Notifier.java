package org.lianxin.notification.internal;

import org.lianxin.notification.Message;
import org.lianxin.notification.Recipient;

/**
 * One way of delivering messages (the log, a webhook to an SMS or WeChat gateway, SMTP).
 * A deployment enables the ones it has; each message goes out through every enabled one
 * that can reach its recipient.
 */
public interface Notifier {

	/** A short name for the outbox: {@code log}, {@code webhook}, {@code email}. */
	String channel();

	boolean canReach(Recipient recipient);

	/**
	 * Whether it sends to the phone number: only then is the stored number decrypted (and
	 * the decryption written to the operation log) for a delivery.
	 */
	default boolean usesPhone() {
		return true;
	}

	/**
	 * Whether a delivery cannot fail (the log): such a channel delivers as the message is
	 * queued and its line is kept as sent at once. It has nothing to retry, and claiming
	 * and then marking it would cost two more commits for every message.
	 */
	default boolean deliversAtOnce() {
		return false;
	}

	/**
	 * Delivers the message or throws; a throw leaves the message queued for a retry.
	 */
	void send(Message message) throws Exception;

}

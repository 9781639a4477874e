package org.lianxin.notification;

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
	 * Delivers the message or throws; the outbox records which.
	 */
	void send(Message message) throws Exception;

}
